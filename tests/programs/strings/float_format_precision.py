# Float formats with precisions far past an f64's digits, and past a C int.
def t(f):
    try:
        r = f()
        print(len(r), r[:12], r[-4:])
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: format(1.5, ".100000f"))
t(lambda: format(1.5, ".100000e"))
t(lambda: format(1.5, "#.100000g"))
t(lambda: format(1.5, ".100000%"))
t(lambda: format(0.1, ".1200f"))
t(lambda: format(1e-300, ".1100e"))
t(lambda: "%.100000f" % 1.5)
t(lambda: format(1.5, ".10000000000f"))
t(lambda: "%.10000000000f" % 1.5)
t(lambda: "{:.70000}".format(2.5))
t(lambda: "%.*f" % (3, 2.5))
t(lambda: format(2**0.5, ".17g"))
