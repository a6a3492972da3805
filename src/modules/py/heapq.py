"""Heap queue algorithm (a min-heap on a list)."""


def _check_list(heap, fname, only=False):
    if not isinstance(heap, list):
        got = "None" if heap is None else type(heap).__name__
        which = "argument" if only else "argument 1"
        raise TypeError(f"{fname}() {which} must be list, not {got}")


def heappush(heap, item):
    _check_list(heap, "heappush")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap, "heappop", only=True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapify(x):
    _check_list(x, "heapify", only=True)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def heapreplace(heap, item):
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


# The primitives in Rust replace the Python definitions above (which stay
# as the reference for what they do).
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator (lazily); equal items
    come out in the order of the iterables that hold them."""
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append(_MergeEntry(value if key is None else key(value), order, value, it, reverse))
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry.value
        for value in entry.it:
            entry.value = value
            entry.key = value if key is None else key(value)
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)


class _MergeEntry:
    __slots__ = ("key", "order", "value", "it", "reverse")

    def __init__(self, key, order, value, it, reverse):
        self.key, self.order, self.value, self.it, self.reverse = key, order, value, it, reverse

    def __lt__(self, other):
        if self.key == other.key:
            return self.order < other.order
        if self.reverse:
            return other.key < self.key
        return self.key < other.key
