# str.format with positional, keyword, attribute and index fields.
class P:
    x = 3
print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("{0.x} {1[0]} {2[k]}".format(P, [9], {"k": "v"}), "{:>{w}}".format("r", w=4), "{!r}".format("q"))
print("{{}} {:%}".format(0.5), "{:,.2f}".format(1234.5), format(255, "#06x"))
for bad in ("{", "}", "{0} {}", "{x}"):
    try:
        bad.format(1)
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
