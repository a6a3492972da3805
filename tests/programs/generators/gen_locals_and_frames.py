# A suspended generator's frame: f_locals, f_lineno moving, f_code,
# gi_frame None once finished.
def walker(n):
    total = 0
    for i in range(n):
        total += i
        yield total

g = walker(3)
print(g.gi_frame.f_locals)
next(g)
f = g.gi_frame
print(sorted(f.f_locals.items()), f.f_code.co_name, f.f_lineno)
next(g)
print(g.gi_frame.f_locals["total"], g.gi_frame.f_lineno)
list(g)
print(g.gi_frame, g.gi_suspended, g.gi_running)
