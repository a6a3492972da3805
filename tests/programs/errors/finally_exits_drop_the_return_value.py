# break/continue/return inside a finally body run for a return: the pending value is dropped (the stack stays balanced).
import sys
def f(flag):
    for x in (0, 1):
        i = 0
        while i < 3:
            i += 1
            try:
                return x + i
            finally:
                if flag:
                    continue
    return "end", x, i
print(f(True), f(False))
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                break
    return "after break"
print(g())
def h():
    try:
        return "first"
    finally:
        return "override"
print(h())
def k():
    for i in range(100000):
        try:
            return i
        finally:
            continue
    return "done", sys._getframe().f_lineno
print(k())
