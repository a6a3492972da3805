# exec, eval and compile with explicit namespaces.
ns = {}
exec("x = 5\ndef f(y):\n    return x + y", ns)
print(ns["x"], ns["f"](2), eval("x * 2", ns), eval("1 + 1"))
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
g = {}
exec(compile("import math\nr = math.sqrt(16)", "<s>", "exec"), g)
print(g["r"])
