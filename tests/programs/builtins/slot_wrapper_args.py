# Slot wrappers of built-in types called directly with the wrong number
# of arguments: CPython's wrapper messages, never a crash.


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


show(lambda: [].__contains__(1, 2))
show(lambda: [].__contains__())
show(lambda: [1].__contains__(1))
show(lambda: list.__contains__([2], 2))
show(lambda: [].__len__(1))
show(lambda: (1).__add__())
show(lambda: (1).__add__(2, 3))
show(lambda: (1).__add__(2))
show(lambda: "a".__eq__())
show(lambda: {}.__setitem__(1))
show(lambda: [].__contains__(x=1))
show(lambda: object().__setattr__("a"))
show(lambda: iter([]).__next__(1))
show(lambda: "x".__hash__(1))
show(lambda: (2.5).__neg__(1))
