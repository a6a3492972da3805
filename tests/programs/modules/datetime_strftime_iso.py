from datetime import datetime, date, time, timezone, timedelta
dt = datetime(2009, 2, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=-7, minutes=-30), 'X'))
for fmt in ['%Y-%m-%dT%H:%M:%S.%f%z', '%a %A %b %B', '%I%p %y %j %U %W %w', '%Z %z %%', '%c', '%x %X', '%G-W%V-%u', '%e|%D|%T|%F|%R']:
    print(repr(fmt), '->', repr(dt.strftime(fmt)))
print(dt.isoformat(), dt.isoformat(timespec='hours'), dt.isoformat(timespec='minutes'), dt.isoformat(timespec='microseconds'))
try:
    dt.isoformat(timespec='bad')
except ValueError as e:
    print('ValueError', e)
print(f'{dt:%Y}', f'{date(2020, 5, 17):%b %d}', f'{time(7, 8):%H-%M}', str(dt.timetz()), dt.utctimetuple()[:6])
for s in ['2011-11-04', '20111104', '2011-11-04T00:05:23', '2011-11-04 00:05:23.283', '2011-11-04T00:05:23+04:00', '2011-11-04T00:05:23Z']:
    print(s, '->', repr(datetime.fromisoformat(s)))
print(date.fromisocalendar(2020, 1, 1), date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar())
