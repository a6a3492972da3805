# __del__ order when a finalizer releases another object (the inner one
# runs inside, as in CPython), and many objects dying at once (no
# recursion through their finalizers).
class Inner:
    def __del__(self):
        print("inner del")

class Outer:
    def __init__(self):
        self.inner = Inner()
    def __del__(self):
        print("outer del start")
        self.inner = None
        print("outer del end")

o = Outer()
del o
print("after")

count = 0
class Counted:
    def __del__(self):
        global count
        count += 1
        helper()

def helper():
    return None

many = [Counted() for _ in range(20000)]
del many
print("finalized", count)
