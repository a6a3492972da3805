# An uncaught exception prints a traceback through every frame and exits 1.
def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x)
def level1():
    print("before")
    level2("missing")
level1()
