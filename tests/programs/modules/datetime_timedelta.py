from datetime import timedelta
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5, milliseconds=6, weeks=1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(hours=-25))
print(timedelta(days=2) / timedelta(hours=12), timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5))
print(timedelta(hours=3) * 2, 2.5 * timedelta(minutes=1), timedelta(hours=1) / 3, timedelta(minutes=7) // 2, -timedelta(days=1), abs(timedelta(days=-2)))
print(divmod(timedelta(hours=25), timedelta(days=1)), timedelta(1) > timedelta(hours=23), sorted([timedelta(2), timedelta(1)]), bool(timedelta(0)))
print(timedelta(seconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta.max, timedelta.min, timedelta.resolution)
# (Operator errors name the type: CPython's C types say 'datetime.timedelta'.)
for bad in [lambda: timedelta(days=1e10), lambda: timedelta(days=10**9), lambda: timedelta('1')]:
    try:
        print(bad())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
