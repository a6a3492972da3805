import time
for secs in [0, 86399, 951782400, 1e9, 1700000000.5, -86400, 4102444800, 1709208000]:
    t = time.gmtime(secs)
    print(tuple(t), time.strftime('%Y-%m-%dT%H:%M:%S %a %A %b %B %j %U %W %u %w %G-W%V %y %C %e %I%p', t))
print(time.strftime('%D %T %F %R %%', time.gmtime(0)))
t = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(t, t.tm_year, t.tm_yday, t[0:3], len(t), time.asctime(t))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    time.asctime((1, 2))
except TypeError as e:
    print('TypeError', e)
lt = time.localtime(0)
print(time.mktime(lt) == 0.0, type(lt).__name__, time.localtime(1e9).tm_year)
print(type(time.timezone).__name__, type(time.tzname).__name__, time.daylight in (0, 1))
print(time.get_clock_info('time').adjustable, time.get_clock_info('perf_counter').monotonic)
try:
    time.get_clock_info('nope')
except ValueError as e:
    print(e)
try:
    time.nonexistent
except AttributeError as e:
    print(e)
