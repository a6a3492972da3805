async def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
    print("resumed")
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))
    return "suspended"
b = bad_close()
print(run(b.__anext__()))
print(run(b.aclose()))
print(b.ag_frame is None, b.ag_running)
print(run(b.aclose()))
print(run(b.aclose()))
async def plain():
    yield 1
p = plain()
print(run(p.aclose()), run(p.aclose()))
p = plain()
print(run(p.__anext__()), run(p.__anext__()), run(p.__anext__()), run(p.aclose()))
