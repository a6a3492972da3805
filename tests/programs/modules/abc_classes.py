from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), isinstance(5, Shape))

class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
class External:
    def run(self):
        return "ran"
Plugin.register(External)
print(isinstance(External(), Plugin), issubclass(External, Plugin), issubclass(int, Plugin))
print(type(Shape).__name__, Shape.__mro__[-2].__name__)
