import operator as op
lst = [1]
r = op.iadd(lst, [2]); print(r is lst, lst)
s = 'ab'; r = op.iadd(s, 'c'); print(r, s)
print(op.isub(5, 2), op.imul(3, 4), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 5))
print(op.iand(12, 10), op.ior(12, 10), op.ixor(12, 10), op.ilshift(1, 3), op.irshift(8, 2))
st = {1, 2}; op.ior(st, {3}); print(st)
d = {'a': 1}; op.ior(d, {'b': 2}); print(d)
try:
    op.iconcat(1, [2])
except TypeError as e:
    print('TypeError', e)
print(op.__add__ is op.add, op.__iadd__ is op.iadd, op.__not__(0), op.__inv__(1))
