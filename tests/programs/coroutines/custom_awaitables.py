# Objects with __await__ (generator-based) can be awaited; bad __await__ results are errors.
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield "waiting"
        return self.v
class Bad:
    def __await__(self):
        return 42
async def main():
    x = await Ready(5)
    try:
        await Bad()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 3
    except TypeError as e:
        print("TypeError:", e)
    return x
c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
