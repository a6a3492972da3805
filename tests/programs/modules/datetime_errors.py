from datetime import date, datetime, time, timedelta, timezone
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: date(2023, 1, 1.5),
            lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 0, 60), lambda: time(0, 0, 0, 1000000),
            lambda: date.fromisoformat('2024/01/01'), lambda: datetime.fromisoformat('nope'),
            lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: timezone(timedelta(hours=24)), lambda: timezone(5),
            lambda: datetime.strptime('2024-01-01', '%Y/%m/%d'), lambda: datetime.strptime('2024-01-01x', '%Y-%m-%d'),
            lambda: date.max + timedelta(days=1), lambda: datetime(2024, 1, 1, tzinfo=5)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc), date(2024, 1, 1) == datetime(2024, 1, 1))
