import re
print(re.findall("\d+", "a1b22"))
x = 5
print(x is 5, x is not "a")
b = b"\q"
s = "ok \n \t \x41 \u00e9 \N{BULLET} \101"
r = r"\d"
try:
    None()
except TypeError as e:
    print(e)
def f():
    return "\w"
print(f())
