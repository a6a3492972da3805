import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(isinstance(gc.collect(), int), gc.collect() >= 0)
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()))
gc.set_threshold(700, 10, 10); print(gc.get_threshold())
print(isinstance(gc.get_count(), tuple), gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'))
class Node:
    def __init__(self):
        self.ref = self
n = Node(); del n
print(gc.collect() >= 0, isinstance(gc.garbage, list), gc.callbacks == [] or isinstance(gc.callbacks, list))
print(isinstance(gc.get_objects(), list) if hasattr(gc, 'get_objects') else True, gc.isenabled())
try:
    gc.set_threshold()
except TypeError as e:
    print('TypeError', e)
