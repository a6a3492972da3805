from dataclasses import dataclass, field
import dataclasses
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<'))
@dataclass
class Base:
    x: int = 0
@dataclass
class Child(Base):
    y: int = 1
print(Child(5, 6), Child(), [f.name for f in dataclasses.fields(Child)])
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)))
@dataclass
class Unhashable:
    a: int
print(Unhashable.__hash__)
@dataclass(match_args=True)
class M:
    a: int
    b: int
match M(1, 2):
    case M(a, b):
        print('matched', a, b)
print(M.__match_args__)
P = dataclasses.make_dataclass('P', [('x', int), ('y', int, dataclasses.field(default=0))])
print(P(1), P(1, 2).y)
f = dataclasses.fields(P)[1]
print(f.name, f.type, f.default, repr(f.default_factory) if False else 'ok')
try:
    dataclasses.asdict(1)
except TypeError as e:
    print('TypeError', e)
