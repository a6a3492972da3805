import copy
for v in [1, 2.5, 'str', b'b', (1, 2), frozenset({1}), None, True, range(3), len, int]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t)
def f(): pass
print(copy.deepcopy(f) is f)
class NoCopy:
    def __copy__(self): raise RuntimeError('no copies')
try:
    copy.copy(NoCopy())
except RuntimeError as e:
    print('RuntimeError', e)
try:
    copy.replace(1)
except TypeError as e:
    print('TypeError', e)
