from abc import ABC
import collections.abc as cabc
class Drawable(ABC):
    pass
class Circle:
    pass
Drawable.register(Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Drawable in Circle.__mro__)
@Drawable.register
class Square:
    pass
print(Square.__name__, isinstance(Square(), Drawable))
class MyList(cabc.Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
ml = MyList(1, 2, 3)
print(list(ml), ml.index(2), 3 in ml, list(reversed(ml)), isinstance(ml, cabc.Iterable))
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), isinstance({}, cabc.Mapping))
