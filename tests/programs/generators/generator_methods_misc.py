# Generators are their own iterators; next() with default; iter() two-argument form.
def g():
    yield 1
gen = g()
print(iter(gen) is gen, next(gen), next(gen, "default"))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
print(type(gen).__name__, hasattr(gen, "send"), hasattr(gen, "__next__"))
