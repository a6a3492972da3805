# Generators capturing closures and loop variables; late binding shows.
def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i * 10
        gens.append(g())
    return gens
print([next(g) for g in make_gens()])
def counter_factory():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    return gen(), lambda: count
g, peek = counter_factory()
next(g); next(g)
print(peek())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
gens = [(lambda: (yield i))() for i in range(3)]
print([next(x) for x in gens])
