# A generator used as a coroutine-style state machine with send().
def parser():
    tokens = []
    state = "start"
    while True:
        ch = yield state
        if ch is None:
            break
        if ch.isdigit():
            tokens.append(ch)
            state = "number"
        elif ch == " ":
            if tokens:
                print("number:", "".join(tokens))
            tokens = []
            state = "space"
        else:
            state = "error"
    return tokens

p = parser()
print(next(p))
for ch in "12 345 x":
    print(repr(ch), "->", p.send(ch))
try:
    p.send(None)
except StopIteration as e:
    print("leftover", e.value)
