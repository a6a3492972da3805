import gc
class Node:
    def __init__(self, name): self.name = name; self.other = None
    def __del__(self): print('del', self.name)
a = Node('a'); b = Node('b')
del a
print('after a')
b = None
print('after b')
gc.collect()
print(gc.is_tracked({}), gc.is_tracked(Node('temp')), gc.get_referrers() == [], gc.get_freeze_count())
gc.freeze(); gc.unfreeze()
print(gc.DEBUG_LEAK, gc.DEBUG_STATS)
try:
    gc.collect(5)
except ValueError as e:
    print('ValueError', e)
