from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
v1, v2 = Version(1, 2), Version(1, 10, 1)
print(v1, v1 < v2, sorted([v2, v1]), v1 == Version(1, 2, 0), v1 != v2)
@dataclass(frozen=True)
class Point:
    x: float
    y: float
p = Point(1.0, 2.0)
try:
    p.x = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(p) == hash(Point(1.0, 2.0)), {p: 'ok'}[Point(1.0, 2.0)])
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    count: int = field(init=False, default=0)
    def __post_init__(self):
        self.count = len(self.items)
inv = Inventory('box', ['a', 'b'])
print(inv, inv.count, asdict(inv), astuple(inv))
print([f.name for f in fields(inv)], is_dataclass(inv), is_dataclass(Inventory), is_dataclass(1))
print(replace(inv, name='crate'), Inventory('x') == Inventory('x', secret='other'))
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(3, 10), WithInit(2))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print('TypeError', e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
print(Mixed(1, b=5))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print('ValueError', e)
