# PEP 695 syntax: generic functions and classes, type aliases.
def first[T](items: list[T]) -> T:
    return items[0]
class Box[T]:
    def __init__(self, item: T):
        self.item = item
type Pair = tuple[int, int]
print(first([3, 4]), Box("x").item, Pair.__name__)
