from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name}: {self.area()}'
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
print(Square(3).describe(), isinstance(Square(1), Shape), Shape.__abstractmethods__ == frozenset({'area', 'name'}))
class Partial(Shape):
    def area(self): return 0
try:
    Partial()
except TypeError as e:
    print('TypeError', e)
class Registered(metaclass=ABCMeta):
    pass
Registered.register(int)
print(isinstance(3, Registered), issubclass(bool, Registered), issubclass(str, Registered))
class WithHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('quack' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), WithHook), isinstance(1, WithHook))
class Stat(ABC):
    @staticmethod
    @abstractmethod
    def make(): ...
    @classmethod
    @abstractmethod
    def build(cls): ...
print(sorted(Stat.__abstractmethods__))
try:
    Registered.register(5)
except TypeError as e:
    print('TypeError', e)
print(type(Shape) is ABCMeta, Square.__mro__[1] is Shape)
