# throw() and close() travel down a yield-from chain to the innermost
# generator; each level's handlers and finally blocks run in order.
def level(n):
    try:
        if n == 0:
            try:
                yield "leaf"
            except ValueError as e:
                print("leaf handled", e)
                yield "leaf again"
        else:
            r = yield from level(n - 1)
            print("level", n, "got", r)
    finally:
        print("finally", n)

g = level(2)
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("---")
g = level(2)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped", e)
