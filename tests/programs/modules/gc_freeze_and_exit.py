# The permanent generation: gc.freeze() hides objects from collections
# until gc.unfreeze(); built-in objects are never counted as frozen; a
# cycle left at exit is still collected and its finalizer runs.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("finalized", self.name)


print("frozen at start:", gc.get_freeze_count())

def make_cycle(name):
    a = Node(name + "-a")
    b = Node(name + "-b")
    a.other, b.other = b, a

make_cycle("young")
print("collected:", gc.collect() >= 2)

make_cycle("frozen")
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
print("collect while frozen finds nothing of it:", gc.collect())
gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())
print("collected after unfreeze:", gc.collect() >= 2)

# Left for the collection at exit.
make_cycle("at-exit")
print("end of program")
