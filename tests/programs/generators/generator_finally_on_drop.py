# Exhausting or closing a generator runs its finally block; a with block inside too.
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None)
def gen():
    with CM():
        try:
            yield 1
            yield 2
        finally:
            print("finally")
g = gen()
print(next(g))
g.close()
print(list(gen()))
