"""The calendar half of `time`: struct_time, gmtime, localtime, mktime,
strftime, asctime, ctime, get_clock_info and the timezone names.
`time.<name>` finds these through the time module's __getattr__."""

import time as _time

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


class struct_time(tuple):
    """The time value returned by gmtime(), localtime() and strptime():
    a 9-tuple with tm_* attributes (plus tm_zone and tm_gmtoff)."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, zone_info=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        self = super().__new__(cls, seq[:9])
        extra = seq[9:] if len(seq) > 9 else (zone_info or (None, None))
        self._zone = extra[0] if len(extra) > 0 else None
        self._gmtoff = extra[1] if len(extra) > 1 else None
        return self

    def __getattr__(self, name):
        if name in _FIELDS:
            return self[_FIELDS.index(name)]
        if name == "tm_zone":
            return self._zone
        if name == "tm_gmtoff":
            return self._gmtoff
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(_FIELDS, self))
        return f"time.struct_time({fields})"

    def __reduce__(self):
        return struct_time, (tuple(self), (self._zone, self._gmtoff))


def _seconds(secs):
    if secs is None:
        return _time.time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return secs
    if isinstance(secs, int):
        return secs
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def _civil(days):
    """(year, month, day) of a day count from 1970-01-01."""
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _fields(secs, isdst=0, zone="UTC", gmtoff=0):
    whole = int(secs // 1)
    days, rem = divmod(whole, 86400)
    y, m, d = _civil(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, wday, yday, isdst),
                       (zone, gmtoff))


def gmtime(secs=None):
    """Convert seconds since the Epoch to a struct_time in UTC."""
    return _fields(_seconds(secs))


def localtime(secs=None):
    """Convert seconds since the Epoch to a struct_time in local time."""
    secs = _seconds(secs)
    off, isdst, zone = _time._local_offset(int(secs // 1))
    return _fields(secs + off, isdst, zone, off)


def _as_tuple(t, fname):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError(f"Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{fname}(): illegal time tuple argument")
    return t


def mktime(t):
    """The inverse of localtime(): seconds since the Epoch, as a float."""
    t = _as_tuple(t, "mktime")
    y, m, d, hh, mm, ss = t[:6]
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    as_utc = _days_from_civil(y, m, 1) * 86400 + (d - 1) * 86400 + hh * 3600 + mm * 60 + ss
    off = _time._local_offset(as_utc)[0]
    off = _time._local_offset(as_utc - off)[0]
    return float(as_utc - off)


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a time tuple (default: local now)."""
    t = _as_tuple(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def _iso_week(t):
    y, yday, wday = t[0], t[7], t[6]
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        dec31_wday = (wday - yday) % 7
        days_prev = 366 if _is_leap(y) else 365
        week = (days_prev - dec31_wday + 9) // 7
    elif week == 53:
        days = 366 if _is_leap(y) else 365
        if yday - wday + 3 > days:  # Thursday of this week is next year
            y, week = y + 1, 1
    return y, week


def strftime(format, t=None):
    """Format a time tuple (default: local now) with % directives."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    t = _as_tuple(t, "strftime")
    y, mon, d, hh, mm, ss, wday, yday, isdst = t[:9]
    zone = getattr(t, "tm_zone", None) or "UTC"
    gmtoff = getattr(t, "tm_gmtoff", None) or 0
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        k = format[i + 1]
        i += 2
        if k == "a": out.append(_DAYS[wday][:3])
        elif k == "A": out.append(_DAYS[wday])
        elif k in "bh": out.append(_MONTHS[mon - 1][:3])
        elif k == "B": out.append(_MONTHS[mon - 1])
        elif k == "c": out.append(asctime(t).replace("  ", "  "))
        elif k == "C": out.append("%02d" % (y // 100))
        elif k == "d": out.append("%02d" % d)
        elif k == "D": out.append("%02d/%02d/%02d" % (mon, d, y % 100))
        elif k == "e": out.append("%2d" % d)
        elif k == "F": out.append("%d-%02d-%02d" % (y, mon, d))
        elif k == "G": out.append(str(_iso_week(t)[0]))
        elif k == "g": out.append("%02d" % (_iso_week(t)[0] % 100))
        elif k == "H": out.append("%02d" % hh)
        elif k == "I": out.append("%02d" % ((hh % 12) or 12))
        elif k == "j": out.append("%03d" % yday)
        elif k == "m": out.append("%02d" % mon)
        elif k == "M": out.append("%02d" % mm)
        elif k == "n": out.append("\n")
        elif k == "p": out.append("AM" if hh < 12 else "PM")
        elif k == "r": out.append("%02d:%02d:%02d %s" % ((hh % 12) or 12, mm, ss, "AM" if hh < 12 else "PM"))
        elif k == "R": out.append("%02d:%02d" % (hh, mm))
        elif k == "S": out.append("%02d" % ss)
        elif k == "t": out.append("\t")
        elif k == "T": out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif k == "u": out.append(str(wday + 1))
        elif k == "U": out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif k == "V": out.append("%02d" % _iso_week(t)[1])
        elif k == "w": out.append(str((wday + 1) % 7))
        elif k == "W": out.append("%02d" % ((yday + 6 - wday) // 7))
        elif k == "x": out.append("%02d/%02d/%02d" % (mon, d, y % 100))
        elif k == "X": out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif k == "y": out.append("%02d" % (y % 100))
        elif k == "Y": out.append(str(y))
        elif k == "z":
            sign = "-" if gmtoff < 0 else "+"
            a = abs(gmtoff)
            out.append("%s%02d%02d" % (sign, a // 3600, a % 3600 // 60))
        elif k == "Z": out.append(zone)
        elif k == "%": out.append("%")
        else: out.append("%" + k)
    return "".join(out)


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return (f"namespace(implementation={self.implementation!r}, monotonic={self.monotonic!r}, "
                f"adjustable={self.adjustable!r}, resolution={self.resolution!r})")


def get_clock_info(name):
    """Describe one of the clocks: 'monotonic', 'perf_counter', 'process_time', 'thread_time', 'time'."""
    info = {
        "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
        "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
        "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
        "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
        "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    }.get(name)
    if info is None:
        raise ValueError("unknown clock")
    return _ClockInfo(info[0], info[1], info[2], 1e-09)


def _zone_facts():
    jan = _time._local_offset(_days_from_civil(2024, 1, 1) * 86400)
    jul = _time._local_offset(_days_from_civil(2024, 7, 1) * 86400)
    std, dst = (jan, jul) if jan[0] <= jul[0] else (jul, jan)
    return -std[0], -dst[0], int(std[0] != dst[0]), (std[2], dst[2])


timezone, altzone, daylight, tzname = _zone_facts()
