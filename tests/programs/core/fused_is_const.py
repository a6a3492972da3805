# `x is None` / `x is not None` / `is True` against constants, in a
# condition (the jump is taken directly) and as a value.


def check(values):
    out = []
    for v in values:
        if v is None:
            out.append("none")
        elif v is not None and v is True:
            out.append("true")
        else:
            out.append(v is False)
        out.append(v is not None)
    return out


print(check([None, True, False, 0, "", [], 1.0]))


class Node:
    def __init__(self, nxt=None):
        self.next = nxt


def length(n):
    k = 0
    while n is not None:
        k += 1
        n = n.next
    return k


print(length(Node(Node(Node()))), length(None))
flag = None
print(flag is None and "empty" or "full", [x is None for x in (None, 0)])
