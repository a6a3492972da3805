from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList
dq = deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(4); print(dq, dq.maxlen, dq.popleft(), dq.pop(), dq)
dq.rotate(1); print(dq, dq.index(2), dq.count(1)); dq.extendleft([9, 8]); print(dq, list(reversed(dq)))
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od, od.popitem(last=False), list(od.keys()))
c = Counter('abracadabra'); print(c.most_common(3), c['z'], sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c & c2, c2 | Counter(a=3), +Counter(x=-1))
c.update('aaa'); c.subtract({'a': 2}); print(c['a'])
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'c': 4})['c'], cm.parents)
class MyDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
md = MyDict(a=1); md['b'] = 2; print(md, md.data)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], len(ul))
