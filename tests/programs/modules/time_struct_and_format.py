import time
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime('%Y/%m/%d %H-%M-%S', t), time.strftime('%A %B %d, %Y', t), time.strftime('%I:%M %p', t))
print(time.asctime(t), time.strftime('%%Y literal, %j day', t))
y, m, d, *rest = t
print(y, m, d, rest[:3], t == tuple(t), isinstance(t, tuple))
print(time.gmtime(0.9).tm_sec, time.gmtime(-1).tm_year, time.gmtime(2**31).tm_year)
