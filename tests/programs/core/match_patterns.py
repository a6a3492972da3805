# match with literal, capture, sequence, mapping, class, or, as and guard patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y, *rest]:
            return f"seq {x} {y} rest={rest}"
        case {"kind": "circle", "r": r, **extra}:
            return f"circle {r} {extra}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=y) as p:
            return f"point {x},{y} {type(p).__name__}"
        case str() as s:
            return f"string {s!r}"
        case None:
            return "none"
        case _:
            return "other"

for v in (0, 1, -5, [1, 2, 3, 4], (5, 6), {"kind": "circle", "r": 2, "c": "red"},
          Point(0, 3), Point(1, 2), "hi", None, 3.5, [1]):
    print(describe(v))
