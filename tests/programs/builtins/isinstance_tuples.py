# isinstance/issubclass with tuples and nested tuples, bool as int subclass.
print(isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(bool, (str, int)))
print(isinstance([], (tuple,)), issubclass(int, object), issubclass(type, object), isinstance(type, type))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), issubclass(A, B))
