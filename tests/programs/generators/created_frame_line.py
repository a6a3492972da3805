# f_lineno of an unstarted generator's frame: co_firstlineno while the generator lives, its first body line once the frame outlives it.
def g1():
    x = 1
    yield x
print(g1().gi_frame.f_lineno)
g = g1()
print(g.gi_frame.f_lineno)
fr = g.gi_frame
print(fr.f_lineno)
gs = (g1(),)
for h in gs:
    print(h.gi_frame.f_lineno)
for h in (g1(),):
    print(h.gi_frame.f_lineno)
for h in (g1(), g1()):
    f2 = getattr(h, "gi_frame", None) or h.ag_frame
    print(f2.f_lineno)
