# gc.get_objects, get_referents, get_referrers and get_count on the
# collector's registry; their argument errors.
import gc

class A:
    pass

a = A()
holder = [a]
mapping = {"key": a}
print("list refers:", any(r is holder for r in gc.get_referrers(a)))
print("dict refers:", any(r is mapping for r in gc.get_referrers(a)))
print("referents of list:", gc.get_referents(holder) == [a])
print("atoms have none:", gc.get_referents(1, "s", 2.5))
print("tracked list listed:", any(o is holder for o in gc.get_objects()))
print("ints not listed:", all(type(o) is not int for o in gc.get_objects()))
print("tracked:", gc.is_tracked(holder), gc.is_tracked(a), gc.is_tracked(3), gc.is_tracked("x"))
for bad in (3, -1):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)
print(len(gc.get_count()), all(n >= 0 for n in gc.get_count()))
gc.collect()
young = gc.get_count()[0]
junk = [[i] for i in range(100)]
print("young count grows:", gc.get_count()[0] > young)
