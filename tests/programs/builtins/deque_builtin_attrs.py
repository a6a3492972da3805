from collections import deque
d = deque([1])
for f in (deque.append, deque.popleft, d.append, d.rotate, deque.__len__, deque.__iter__):
    print(f.__name__, f.__qualname__, type(f).__name__, f.__self__ is d if hasattr(f, "__self__") else "-")
print(repr(deque.append), repr(deque.__len__)[:40])
print(repr(d.append).split(" at ")[0])
print(deque.maxlen.__class__.__name__, repr(deque.maxlen)[:45])
for call in (lambda: d.append(), lambda: d.append(1, 2), lambda: d.pop(1), lambda: d.rotate(1, 2),
             lambda: deque.append(1, 2), lambda: d.index(), lambda: deque([1], 2, 3), lambda: d.append(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(type(iter(d)).__name__, type(reversed(d)).__name__, iter(d).__class__.__module__)
print(deque.__init__.__qualname__, deque.__doc__.splitlines()[0])
