# __call__, bound methods and their attributes.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
    def method(self): return self.n
a = Adder(5)
print(a(10), callable(a), callable(5))
bm = a.method
print(bm(), bm.__self__ is a, bm.__func__ is Adder.method, bm.__name__)
print(Adder.method(a), a.method == a.method)
