# finally runs on return, break, continue and exceptions; return in finally wins.
def f():
    try:
        return "try"
    finally:
        print("finally 1")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return i
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return "handled"
    finally:
        print("h finally")
print(h())
def k():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(k())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
    else:
        print("no")
nested()
