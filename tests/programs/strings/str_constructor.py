x = "abc"
print(str(x) is x, str(5), str(-0.0), str(1e16), str(True), str(None), str(2**70), str(b"ab"), str(b"ab", "ascii"))
class S(str): pass
s = S("q")
print(type(str(s)).__name__, str(s) is s, repr(str(s)))
class T:
    def __str__(self): return "T!"
print(str(T()), str(), str(object="k"), str(3.5), str(float("nan")))
class I(int):
    def __str__(self): return "I!"
print(str(I(3)), f"{I(3)}", str([1, "a"]))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    str(1, 2, x=3, y=4)
except TypeError as e:
    print(e)
