"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique."""


class auto:
    """Stand-in for an automatically chosen member value."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


class EnumType(type):
    """Metaclass of enumerations: members, lookup by value and by name."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        values = {}
        for key, value in list(classdict.items()):
            if key.startswith("_") or _is_descriptor(value) or isinstance(value, type):
                continue
            member_names.append(key)
            values[key] = value
        for key in member_names:
            del classdict[key]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = object
        for b in enum_class.__mro__[1:]:
            if b is not object and not isinstance(b, EnumType) and b is not Enum:
                member_type = b
                break
        enum_class._member_type_ = member_type
        last = 0
        flag = any(isinstance(b, EnumType) and b.__name__ in ("Flag", "IntFlag") for b in enum_class.__mro__)
        for i, key in enumerate(member_names):
            value = values[key]
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(key, 1, i, [enum_class._member_map_[n]._value_ for n in enum_class._member_names_])
            if value in enum_class._value2member_map_:
                enum_class._member_map_[key] = enum_class._value2member_map_[value]
                type.__setattr__(enum_class, key, enum_class._value2member_map_[value])
                continue
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
                member = member_type.__new__(enum_class, *args)
            member._name_ = key
            member._value_ = value
            init = enum_class.__dict__.get("__init__")
            if init is not None:
                if isinstance(value, tuple):
                    init(member, *value)
                else:
                    init(member, value)
            enum_class._member_names_.append(key)
            enum_class._member_map_[key] = member
            enum_class._value2member_map_[value] = member
            type.__setattr__(enum_class, key, member)
        # A mixed-in data type (int, str) must not shadow Enum's repr and
        # friends unless the class asked for that (ReprEnum keeps the data
        # type's str and format).
        first_enum = next((b for b in enum_class.__mro__[1:] if isinstance(b, EnumType)), None)
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        return enum_class

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError(f"cannot delete member {name!r}")
        super().__delattr__(name)

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is not None:
            # The functional API: Enum('Name', 'A B C').
            return cls._create_(value, names, module=module, qualname=qualname,
                                type=type, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        items = []
        if isinstance(names, dict):
            items = list(names.items())
        else:
            for count, item in enumerate(names):
                if isinstance(item, str):
                    items.append((item, cls._generate_next_value_(item, start, count, [v for _, v in items])))
                else:
                    items.append(tuple(item))
        bases = (cls,) if type is None else (type, cls)
        classdict = {name: value for name, value in items}
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals.get("__name__", "__main__")
            except (AttributeError, ValueError):
                module = "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return member in cls._value2member_map_

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    """Enum whose members combine with bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        return 1 << max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        member = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        member._name_ = "|".join(names) if names else None
        member._value_ = value
        cls._value2member_map_[value] = member
        return member

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        # IntFlag members combine with plain ints too.
        if isinstance(self, int) and isinstance(other, int):
            return int(other)
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        all_bits = 0
        for m in type(self):
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return iter([m for m in type(self) if m._value_ & self._value_ == m._value_ and m._value_])

    def __len__(self):
        return len(list(iter(self)))

    def __repr__(self):
        if self._name_ is None:
            return f"<{type(self).__name__}: {self._value_!r}>"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"


class IntFlag(int, Flag):
    """Flag whose members are also ints (and combine with ints)."""

    def __str__(self):
        return int.__repr__(self)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__


def unique(enumeration):
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        alias = ", ".join(f"{a} -> {b}" for a, b in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias}")
    return enumeration
