# Cycles are collected without gc.collect() once enough objects are
# created; gc.disable() stops that, collect() still works.
import gc

freed = 0
class Cyclic:
    def __init__(self):
        self.me = self
    def __del__(self):
        global freed
        freed += 1

for _ in range(50000):
    Cyclic()
print("most freed automatically:", freed > 45000)
gc.collect()
print("all freed:", freed == 50000)

gc.disable()
freed = 0
for _ in range(10000):
    Cyclic()
print("disabled, none freed:", freed == 0)
print("collect() finds them:", gc.collect() >= 10000, freed == 10000)
gc.enable()

# Thresholds: a huge first threshold postpones collection.
gc.set_threshold(10**9)
freed = 0
for _ in range(10000):
    Cyclic()
print("postponed:", freed == 0)
gc.set_threshold(700, 10, 10)
for _ in range(1000):
    Cyclic()
print("threshold 700 collects:", freed > 0)
gc.collect()
print("count is a 3-tuple of ints:", all(isinstance(c, int) for c in gc.get_count()))
print(gc.get_threshold())
