# Context managers: enter/exit order, exception suppression, several items.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("x"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def early():
    with CM("r"):
        return "returned"
print(early())
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
