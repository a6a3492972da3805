import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.matmul.__name__)
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(3, 2), op.ge(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf([1, 2, 3], 3), op.concat([1], [2]), op.getitem('abc', 1))
lst = [1, 2, 3]
op.setitem(lst, 0, 9); op.delitem(lst, 1); print(lst)
print(op.index(5), op.length_hint([1, 2]), op.length_hint(iter(range(7))), op.length_hint(object(), 4))
print(op.iadd([1], [2]), op.imul('ab', 2), op.iconcat([1], (2,)))
ig = op.itemgetter(1); ig2 = op.itemgetter(0, 2); ag = op.attrgetter('real'); ag2 = op.attrgetter('real', 'imag')
print(ig('abc'), ig2('abc'), ag(3 + 4j), ag2(3 + 4j), ig, ag)
class P:
    class Q:
        z = 42
    q = Q()
print(op.attrgetter('q.z')(P()))
mc = op.methodcaller('split', ','); mc2 = op.methodcaller('replace', 'a', b='x') if False else op.methodcaller('count', 'a')
print(mc('a,b,c'), mc2('banana'), mc)
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=op.itemgetter(1)), sorted(data, key=op.itemgetter(0)), max(data, key=op.itemgetter(1)))
print(op.call(len, 'abc'))
for bad in [lambda: op.add(1, 'a'), lambda: op.index(1.5), lambda: op.indexOf([1], 5), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: ig(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
