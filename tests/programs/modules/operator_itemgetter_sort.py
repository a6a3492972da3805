from operator import itemgetter, attrgetter, methodcaller
rows = [{'name': 'b', 'age': 30}, {'name': 'a', 'age': 25}, {'name': 'c', 'age': 30}]
print(sorted(rows, key=itemgetter('age', 'name')))
print(list(map(itemgetter('name'), rows)), itemgetter(slice(1, 3))('abcdef'), itemgetter(-1)([1, 2, 3]))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return f'P({self.n})'
    def greet(self, g='hi'): return f'{g} {self.n}'
ps = [P('z', 2), P('y', 1)]
print(sorted(ps, key=attrgetter('a')), [methodcaller('greet')(p) for p in ps], methodcaller('greet', g='yo')(ps[0]))
try:
    itemgetter('missing')({})
except KeyError as e:
    print('KeyError', e)
try:
    attrgetter('nope')(ps[0])
except AttributeError as e:
    print('AttributeError', e)
try:
    methodcaller(5)
except TypeError as e:
    print('TypeError', e)
print(repr(methodcaller('greet', 'a', b=1)), repr(attrgetter('a.b', 'c')))
