# Property getters called from a hot attribute site: errors, tracebacks,
# getters with the wrong signature, and recursion through a property.
class Box:
    def __init__(self, v):
        self.v = v
    @property
    def inv(self):
        return 1 / self.v
    @property
    def loop(self):
        return self.loop
    @property
    def noarg():
        return 1

def show(boxes):
    out = []
    for b in boxes:
        try:
            out.append(b.inv)
        except ZeroDivisionError as e:
            out.append(f"ZeroDivisionError: {e}")
    return out

print(show([Box(1), Box(2), Box(0), Box(4)]))
try:
    Box(1).loop
except RecursionError as e:
    print("RecursionError:", e)
try:
    Box(1).noarg
except TypeError as e:
    print("TypeError:", e)

class Sub(Box):
    @property
    def inv(self):
        return "sub " + str(super().inv)

print(show([Box(5), Sub(5), Box(0), Sub(10)]))
print(Box(0).inv)
