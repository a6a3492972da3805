# Equality, identity and hashing of built-in and Python methods, and the
# types module names of the descriptor family.
a = [1]
m1, m2 = a.append, a.append
print(m1 == m2, m1 is m2, hash(m1) == hash(m2), [].append == [].append, a.append != [].append)
print(str.upper == str.upper, str.upper is str.upper, "x".upper == "x".upper, "x".upper == "y".upper)
print(len == len, hash(len) == hash(len), len != print)
print(int.__add__ == int.__add__, (1).__add__ == (1).__add__, (1).__add__ == (2).__add__)
import math
print(math.sqrt == math.sqrt, {len: 1, print: 2}[len], sorted([len, print], key=lambda f: f.__name__))
class C:
    def m(self): pass
c = C()
print(c.m == c.m, c.m is c.m, hash(c.m) == hash(c.m), C.m is C.m, c.m.__func__ is C.m)
print(type(c.m).__name__, type(len).__name__, type([].append).__name__, type(int.__dict__["__add__"]).__name__, type((1).__add__).__name__, type(str.__dict__["upper"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(repr(dict.fromkeys)[:45], repr(dict.__dict__["fromkeys"]))
print(repr((1).__add__)[:35], repr([].__len__)[:37])
print(callable(len), callable(1), callable(C), callable(c), callable(c.m), callable(type))
import types
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType), isinstance(str.upper, types.MethodDescriptorType), isinstance(int.__add__, types.WrapperDescriptorType), isinstance((1).__add__, types.MethodWrapperType), isinstance(dict.__dict__["fromkeys"], types.ClassMethodDescriptorType))
class L(list):
    def m(self): pass
x = L()
print(hash(x.m) == hash(x.m), x.m == x.m)
