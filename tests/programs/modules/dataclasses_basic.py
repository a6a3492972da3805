# dataclasses: generated methods, defaults, ordering, frozen, asdict, replace.
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError
@dataclass(order=True)
class Task:
    priority: int
    title: str = "untitled"
    tags: list = field(default_factory=list, compare=False)
a, b = Task(2, "write"), Task(1)
print(a, b, a > b, sorted([a, b])[0].title, a == Task(2, "write", ["x"]), asdict(a), replace(b, title="t"))
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
try:
    P(1).x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(P(1) == P(1, 0), hash(P(1)) == hash(P(1)), P.__match_args__)
try:
    Task()
except TypeError as e:
    print("TypeError:", e)
