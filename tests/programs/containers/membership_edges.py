# `in` on lists and tuples (compared by index, no copy; an __eq__ that
# clears the list ends the search), on dicts and sets with 0.0 and -0.0,
# and a subclass with its own __contains__.
class E:
    def __init__(self, v, lst=None):
        self.v = v; self.lst = lst
    def __eq__(self, o):
        if self.lst is not None:
            self.lst.clear()
        return isinstance(o, int) and o == self.v
lst = [1, 2.0, "a", (1, 2), None, True]
print([x in lst for x in (1, 2, 2.0, "a", (1, 2), (1, 2.0), None, False, True, 1.0, "b", E(2))])
nan = float("nan")
print(nan in [nan], 0.0 in [-0.0], -0.0 in (0.0,), {0.0: 1}.get(-0.0), -0.0 in {0.0}, {0: "i"}[-0.0])
l2 = []
l2.extend([E(5, l2), 7, 5])
print(5 in l2, l2)
print(3 in (1, 2, 3), 3 in (), [] in [[]], {1} in [{1}], "x" in ("xy",))
class Sub(list):
    def __contains__(self, x):
        return "sub"
print(1 in Sub([1]))
