"""Dates and times (`datetime`): timedelta, date, time, datetime, tzinfo
and fixed-offset timezones, with CPython's reprs, arithmetic and errors.
The proleptic Gregorian calendar; no leap seconds; `strptime` supports
the common numeric directives."""

import time as _time

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _d
del _acc, _d
_DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTH_NAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (1 = 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _check_int(value, name):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError(f"'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year, "year"), _check_int(month, "month"), _check_int(day, "day")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour, "hour"), _check_int(minute, "minute")
    second, microsecond = _check_int(second, "second"), _check_int(microsecond, "microsecond")
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{type(tz).__name__}'")


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError(f"unsupported type for timedelta days component: {type(v).__name__}")
        # Everything in microseconds, exactly for ints; floats round half even.
        total = (days * 86400 + weeks * 7 * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000 \
            + milliseconds * 1000 + microseconds
        if isinstance(total, float):
            total = round(total)
        d, rem = divmod(total, 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 2 ** 31 - 1:
            raise OverflowError("Python int too large to convert to C int")
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = int(d), int(s), int(us)
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        if not args:
            args.append("0")
        return f"{_qualname(self)}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(microseconds=_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta(microseconds=self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta(microseconds=_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(microseconds=_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


def _divide_and_round(a, b):
    """a / b rounded half to even, in integers."""
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or r == b and q % 2 == 1:
        q += 1
    return q


def _qualname(obj):
    return f"datetime.{type(obj).__qualname__}" if type(obj).__module__ == "datetime" else \
        f"{type(obj).__module__}.{type(obj).__qualname__}"


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not "
                            f"{type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return self._format_offset()

    def fromutc(self, dt):
        return dt + self._offset

    def _format_offset(self):
        if not self._offset:
            return "UTC"
        sign = "-" if self._offset < timedelta(0) else "+"
        off = abs(self._offset)
        hh, rem = divmod(off._days * 86400 + off._seconds, 3600)
        mm, ss = divmod(rem, 60)
        text = f"UTC{sign}{hh:02d}:{mm:02d}"
        if ss or off._microseconds:
            text += f":{ss:02d}"
            if off._microseconds:
                text += f".{off._microseconds:06d}"
        return text

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "-" if off < timedelta(0) else "+"
    off = abs(off)
    hh, rem = divmod(off._days * 86400 + off._seconds, 3600)
    mm, ss = divmod(rem, 60)
    text = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off._microseconds:
        text += f"{sep}{ss:02d}"
        if off._microseconds:
            text += f".{off._microseconds:06d}"
    return text


def _strftime(fmt, tt, microsecond, utcoffset, tzname):
    # %f, %z and %Z need the object; the rest is time.strftime's.
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            k = fmt[i + 1]
            if k == "f":
                out.append(f"{microsecond:06d}")
            elif k == "z":
                out.append(_format_offset(utcoffset, "") if utcoffset is not None else "")
            elif k == "Z":
                out.append(tzname or "")
            elif k == "%":
                out.append("%%")
            else:
                out.append(fmt[i:i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return _time.strftime("".join(out), tt)


class date:
    """A calendar date (year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month, day):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, *_ = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _ymd2ord(9999, 12, 31):
            raise ValueError(f"ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            y, m, d = _parse_iso_date(s)
            return cls(y, m, d)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= day <= 7:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        first = _iso_week1_monday(year)
        return cls(*_ord2ymd(first + (week - 1) * 7 + day - 1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        return (f"{_DAY_NAMES[self.weekday()]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"00:00:00 {self._year:04d}")

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        return f"{_qualname(self)}({self._year}, {self._month}, {self._day})"

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _cmp_ok(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __lt__(self, other):
        return self._key() < other._key() if self._cmp_ok(other) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if self._cmp_ok(other) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if self._cmp_ok(other) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if self._cmp_ok(other) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _ymd2ord(9999, 12, 31):
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


def _parse_iso_date(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        return int(s[0:4]), int(s[5:7]), int(s[8:10])
    if len(s) == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    raise ValueError


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) from 'HH[:MM[:SS[.ffffff]]][+HH:MM|Z]'."""
    tz = None
    for sep in ("+", "-", "Z"):
        pos = s.find(sep)
        if pos > 0:
            tzpart = s[pos:]
            s = s[:pos]
            if tzpart == "Z":
                tz = timezone.utc
            else:
                sign = -1 if tzpart[0] == "-" else 1
                body = tzpart[1:].replace(":", "")
                hh, mm = int(body[0:2]), int(body[2:4] or 0)
                ss = int(body[4:6] or 0)
                off = timedelta(hours=hh, minutes=mm, seconds=ss)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    frac = 0
    if "." in s or "," in s:
        s, f = s.replace(",", ".").split(".")
        if not f.isdigit():
            raise ValueError
        frac = int((f + "000000")[:6])
    parts = s.split(":") if ":" in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac, tz


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        try:
            h, m, sec, us, tz = _parse_iso_time(s[1:] if s.startswith("T") else s)
            return cls(h, m, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) \
            + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _strftime(fmt, tt, self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self):
        if self._microsecond:
            s = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            s = f"{self._hour}, {self._minute}, {self._second}"
        else:
            s = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_qualname(self)}({s})"

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return isinstance(other, time) and self._key() == other._key() and self.utcoffset() == other.utcoffset()

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


def _format_time(hh, mm, ss, us, timespec):
    specs = {
        "hours": f"{hh:02d}",
        "minutes": f"{hh:02d}:{mm:02d}",
        "seconds": f"{hh:02d}:{mm:02d}:{ss:02d}",
        "milliseconds": f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}",
        "microseconds": f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}",
    }
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    try:
        return specs[timespec]
    except KeyError:
        raise ValueError("Unknown timespec value") from None


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        frac, whole = t % 1 if isinstance(t, float) else 0, int(t // 1)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        if tz is None:
            y, m, d, hh, mm, ss, *_ = _time.localtime(whole)
            return cls(y, m, d, hh, mm, ss, us)
        y, m, d, hh, mm, ss, *_ = _time.gmtime(whole)
        utc = cls(y, m, d, hh, mm, ss, us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls.fromtimestamp(t, timezone.utc).replace(tzinfo=None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                      "future version. Use timezone-aware objects to represent datetimes in UTC: "
                      "datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls.fromtimestamp(_time.time(), timezone.utc).replace(tzinfo=None)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) > 10 and s[10] in "T ":
                y, m, d = _parse_iso_date(s[:10])
                h, mi, sec, us, tz = _parse_iso_time(s[11:])
                return cls(y, m, d, h, mi, sec, us, tz)
            y, m, d = _parse_iso_date(s)
            return cls(y, m, d)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    @classmethod
    def strptime(cls, date_string, format):
        """Parse a string with a format of %Y %m %d %H %M %S %f %y %j %p %I %b %B %a %A %z and %%."""
        values = _strptime(date_string, format)
        return cls(**values)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return dt.replace(tzinfo=None).timetuple()[:8] + (0,)

    def _epoch_us(self):
        days = self.toordinal() - _ymd2ord(1970, 1, 1)
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def timestamp(self):
        """Seconds since the Epoch (local time for a naive datetime)."""
        if self._tzinfo is None:
            local = _time.mktime(self.timetuple()[:8] + (-1,))
            return local + self._microsecond / 1e6
        return (self._epoch_us() - self.utcoffset()._to_us()) / 1e6

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone(self)
        if self._tzinfo is None:
            base = self.replace(tzinfo=_local_timezone(self))
        else:
            base = self
        utc = base - base.utcoffset()
        return tz.fromutc(utc.replace(tzinfo=tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def isoformat(self, sep="T", timespec="auto"):
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return (f"{_DAY_NAMES[self.weekday()]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._microsecond, self.utcoffset(), self.tzname())

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = ", ".join(map(str, parts))
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_qualname(self)}({s})"

    def _naive_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _compare(self, other, allow_mixed=False):
        off1, off2 = self.utcoffset(), other.utcoffset()
        if (off1 is None) != (off2 is None):
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if off1 is None or off1 == off2:
            return _cmp(self._naive_key(), other._naive_key())
        return _cmp(self._epoch_us() - off1._to_us(), other._epoch_us() - off2._to_us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) < 0
        if isinstance(other, date):
            raise TypeError(f"can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._naive_key())
        return hash(self._epoch_us() - off._to_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._epoch_us() + other._to_us()
        days, rem = divmod(us, 86400 * 1000000)
        o = days + _ymd2ord(1970, 1, 1)
        if not 0 < o <= _ymd2ord(9999, 12, 31):
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(o)
        secs, micro = divmod(rem, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            off1, off2 = self.utcoffset(), other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._epoch_us() - other._epoch_us()
            if off1 is not None and off1 != off2:
                diff -= off1._to_us() - off2._to_us()
            return timedelta(microseconds=diff)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._naive_key() + (self._tzinfo,))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _local_timezone(dt):
    ts = dt.replace(tzinfo=None)._epoch_us() // 1000000 if dt.tzinfo is None else \
        (dt._epoch_us() - dt.utcoffset()._to_us()) // 1000000
    off, isdst, name = _time._local_offset(ts)
    return timezone(timedelta(seconds=off), name)


_MONTHS_FULL = ["january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"]
_DAYS_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _strptime(text, fmt):
    values = {"year": 1900, "month": 1, "day": 1}
    pos = 0
    i = 0
    pm = None
    julian = None

    def number(maxlen):
        nonlocal pos
        j = pos
        if j < len(text) and text[j] in "+-" and maxlen == 0:
            j += 1
        while j < len(text) and text[j].isdigit() and j - pos < maxlen:
            j += 1
        if j == pos:
            raise ValueError(f"time data {text!r} does not match format {fmt!r}")
        n = int(text[pos:j])
        pos = j
        return n

    def word(names):
        nonlocal pos
        low = text[pos:].lower()
        for idx, name in enumerate(names):
            for cand in (name, name[:3]):
                if low.startswith(cand):
                    pos += len(cand)
                    return idx
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")

    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            k = fmt[i + 1]
            i += 2
            if k == "Y":
                values["year"] = number(4)
            elif k == "y":
                y = number(2)
                values["year"] = y + (2000 if y < 69 else 1900)
            elif k == "m":
                values["month"] = number(2)
            elif k == "d":
                values["day"] = number(2)
            elif k == "H":
                values["hour"] = number(2)
            elif k == "I":
                values["hour"] = number(2)
            elif k == "M":
                values["minute"] = number(2)
            elif k == "S":
                values["second"] = number(2)
            elif k == "f":
                start = pos
                n = number(6)
                values["microsecond"] = n * 10 ** (6 - (pos - start))
            elif k == "j":
                julian = number(3)
            elif k == "p":
                pm = word(["am", "pm"]) == 1
            elif k in "bB":
                values["month"] = word(_MONTHS_FULL) + 1
            elif k in "aA":
                word(_DAYS_FULL)
            elif k == "z":
                if text[pos:pos + 1] == "Z":
                    pos += 1
                    values["tzinfo"] = timezone.utc
                else:
                    sign = -1 if text[pos] == "-" else 1
                    pos += 1
                    body = text[pos:pos + 5].replace(":", "")
                    consumed = 5 if ":" in text[pos:pos + 5] else 4
                    hh, mm = int(body[:2]), int(body[2:4])
                    pos += consumed
                    values["tzinfo"] = timezone(sign * timedelta(hours=hh, minutes=mm))
            elif k == "%":
                if text[pos:pos + 1] != "%":
                    raise ValueError(f"time data {text!r} does not match format {fmt!r}")
                pos += 1
            else:
                raise ValueError(f"'{k}' is a bad directive in format '{fmt}'")
            continue
        if c.isspace():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            i += 1
            continue
        if pos >= len(text) or text[pos] != c:
            raise ValueError(f"time data {text!r} does not match format {fmt!r}")
        pos += 1
        i += 1
    if pos != len(text):
        raise ValueError(f"unconverted data remains: {text[pos:]}")
    if pm is not None and "hour" in values:
        h = values["hour"] % 12
        values["hour"] = h + 12 if pm else h
    if julian is not None:
        y, m, d = _ord2ymd(_ymd2ord(values["year"], 1, 1) + julian - 1)
        values["month"], values["day"] = m, d
    return values
