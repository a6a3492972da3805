# enum: Enum, IntEnum, Flag, auto, lookups and errors.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2
class Perm(enum.Flag):
    R = 4
    W = 2
print(Color.RED, repr(Color.GREEN), Color(1) is Color.RED, Color["GREEN"].value, [c.name for c in Color], len(Color))
print(Level.HIGH > Level.LOW, Level.LOW + 1, int(Level.HIGH), Perm.R | Perm.W, Perm.R in (Perm.R | Perm.W))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
