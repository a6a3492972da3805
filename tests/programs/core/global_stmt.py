# global declarations rebind module names; unbound locals raise.
count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def broken():
    print(total)
    total = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def uses_undefined():
    return undefined_name
try:
    uses_undefined()
except NameError as e:
    print("NameError:", e)
