from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, [c.name for c in Color])
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape.__members__.keys() if False else list(Shape.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Auto(Enum):
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), int(Num.TWO), Num(1))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, S.B.upper(), S.A == 'a', f'{S.B}')
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw) if hasattr(rw, '__iter__') else '')
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, int(IP.A | IP.B), IP.A | 4)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.MERCURY.surface_gravity, 3))
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
