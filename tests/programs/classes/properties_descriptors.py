# property with setter/deleter, custom descriptors with __set_name__, classmethod/staticmethod.
class Positive:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0: raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)

class Item:
    price = Positive()
    count = 0
    def __init__(self, price):
        self.price = price
        Item.count += 1
    @property
    def doubled(self): return self.price * 2
    @doubled.setter
    def doubled(self, v): self.price = v / 2
    @classmethod
    def make(cls, p): return cls(p)
    @staticmethod
    def unit(): return "EUR"

i = Item.make(10)
print(i.price, i.doubled, Item.unit(), i.unit(), Item.count)
i.doubled = 50
print(i.price)
try:
    i.price = -1
except ValueError as e:
    print("ValueError:", e)
print(type(Item.__dict__["price"]).__name__, isinstance(Item.doubled, property))
class R:
    @property
    def ro(self): return 1
try:
    R().ro = 2
except AttributeError as e:
    print("AttributeError:", e)
