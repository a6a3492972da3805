from abc import ABC, abstractmethod
class Repo(ABC):
    @classmethod
    @abstractmethod
    def create(cls): ...
    @property
    @abstractmethod
    def size(self): ...
    @size.setter
    @abstractmethod
    def size(self, v): ...
class Mem(Repo):
    _n = 0
    @classmethod
    def create(cls): return cls()
    @property
    def size(self): return self._n
    @size.setter
    def size(self, v): self._n = v
m = Mem.create(); m.size = 5; print(m.size, isinstance(m, Repo))
print(sorted(Repo.__abstractmethods__), Mem.__abstractmethods__)
class Half(Repo):
    @classmethod
    def create(cls): return cls()
try:
    Half.create()
except TypeError as e:
    print('TypeError', e)
