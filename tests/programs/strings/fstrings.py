# f-strings: conversions, format specs, nested specs, = debugging, escapes.
name, value, width = "pi", 3.14159265, 10
print(f"{name!r:>6}|{value:.3f}|{value:{width}.2f}|{value=}|{value=:.1f}|{name=!s}")
print(f"{{literal}} {42:#x} {42:08b} {-42:+d} {1234567:,} {1234567:_} {0.25:.1%}")
print(f"{'left':<8}|{'mid':^8}|{'right':>8}|{'pad':*^9}")
items = [1, 2]
print(f"{items[0]} {len(items)} {'yes' if items else 'no'} {[x * 2 for x in items]}")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789:e} {0.1 + 0.2!r}")
print(f"""{name
}""", f"{'a' 'b'}")
