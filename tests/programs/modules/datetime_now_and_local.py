from datetime import datetime, date, timezone, timedelta
import time, warnings
now = datetime.now()
aware = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, aware.tzinfo, abs(aware.timestamp() - time.time()) < 5)
print(abs((datetime.now(timezone.utc) - aware).total_seconds()) < 5, date.today() == now.date() or True)
ts = 1700000000.25
print(datetime.fromtimestamp(ts, timezone.utc), datetime.fromtimestamp(ts, timezone.utc).timestamp() == ts)
local = datetime.fromtimestamp(ts)
print(local.timestamp() == ts, local.tzinfo is None, local.astimezone().utcoffset() is not None)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    u = datetime.utcnow()
    datetime.utcfromtimestamp(0)
print(u.tzinfo, [x.category.__name__ for x in w], str(w[0].message)[:40])
print(datetime(2024, 3, 10, 12).astimezone(timezone(timedelta(hours=-5))).utcoffset() == timedelta(hours=-5))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 1), datetime(2024, 1, 1, 23)]))
print({datetime(2024, 1, 1): 'a'}[datetime(2024, 1, 1, 0, 0)], datetime.min, datetime.max)
print(datetime(2024, 1, 1).timetuple()[:6], datetime(2024, 12, 31).timetuple().tm_yday, date(2024, 1, 1).isocalendar().week)
