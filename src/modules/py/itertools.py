"""Iterator building blocks (`itertools`). Arguments are checked when the
iterator is made, as in CPython; the iteration itself is a generator."""

import sys as _sys

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
           "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class repeat:
    """repeat(object[, times]): object, again and again (times times)."""

    __slots__ = ("_obj", "_left")

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            times = max(times, 0)
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"


def cycle(iterable):
    """cycle(iterable): its items, then the same items again, forever."""
    it = iter(iterable)

    def gen():
        saved = []
        for x in it:
            yield x
            saved.append(x)
        while saved:
            yield from saved
    return gen()


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    __slots__ = ("_its", "_cur")

    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = None

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._its))
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = None

    @classmethod
    def from_iterable(cls, iterables):
        """chain.from_iterable(iterables): chain over the iterables an iterable yields."""
        c = cls()
        c._its = iter(iterables)
        return c

    __class_getitem__ = classmethod(lambda cls, item: __import__("types").GenericAlias(cls, item))


def _slice_index(v, what):
    if v is None:
        return None
    try:
        i = v.__index__()
    except (AttributeError, TypeError):
        i = -1
    if i < 0 or i > _sys.maxsize:
        raise ValueError(f"{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return i


def islice(iterable, *args):
    """islice(iterable, stop) / islice(iterable, start, stop[, step])."""
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    else:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args
                        else "islice expected at least 2 arguments, got 1")
    stop = _slice_index(stop, "Stop")
    start = _slice_index(start, "Indices") or 0
    if step is not None:
        try:
            s = step.__index__()
        except (AttributeError, TypeError):
            s = 0
        if s <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        step = s
    else:
        step = 1
    it = iter(iterable)

    def gen():
        i = 0
        nexti = start
        while stop is None or nexti < stop:
            while i < nexti:
                try:
                    next(it)
                except StopIteration:
                    return
                i += 1
            try:
                x = next(it)
            except StopIteration:
                return
            i += 1
            yield x
            nexti += step
    return gen()


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for x in it:
            total = func(total, x) if func is not None else total + x
            yield total
    return gen()


def takewhile(predicate, iterable):
    """The items while predicate(item) is true."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                return
            yield x
    return gen()


def dropwhile(predicate, iterable):
    """The items from the first for which predicate(item) is false."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it
    return gen()


def compress(data, selectors):
    """The items of data whose selector is true."""
    d, s = iter(data), iter(selectors)

    def gen():
        for x, keep in zip(d, s):
            if keep:
                yield x
    return gen()


def filterfalse(function, iterable):
    """The items for which function(item) is false (or which are false)."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not (function(x) if function is not None else x):
                yield x
    return gen()


def starmap(function, iterable):
    """function(*args) for each args tuple of iterable."""
    it = iter(iterable)

    def gen():
        for args in it:
            yield function(*args)
    return gen()


def product(*iterables, repeat=1):
    """Cartesian product: tuples taking one item from each iterable."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat

    def gen():
        if any(not p for p in pools):
            return
        idx = [0] * len(pools)
        while True:
            yield tuple(p[i] for p, i in zip(pools, idx))
            k = len(pools) - 1
            while k >= 0:
                idx[k] += 1
                if idx[k] < len(pools[k]):
                    break
                idx[k] = 0
                k -= 1
            if k < 0:
                return
    return gen()


def permutations(iterable, r=None):
    """Successive r-length orderings of the items (all of them by default)."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    elif r < 0:
        raise ValueError("r must be non-negative")

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return
    return gen()


def combinations(iterable, r):
    """r-length subsequences of the items, in order, without repeats."""
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    n = len(pool)

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)
    return gen()


def combinations_with_replacement(iterable, r):
    """r-length subsequences of the items, in order, items repeating."""
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    n = len(pool)

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return gen()


def zip_longest(*iterables, fillvalue=None):
    """Tuples of the items of each iterable, padding the shorter ones."""
    its = [iter(i) for i in iterables]

    def gen():
        if not its:
            return
        active = len(its)
        done = [False] * len(its)
        while True:
            row = []
            for k, it in enumerate(its):
                if done[k]:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    done[k] = True
                    active -= 1
                    if not active:
                        return
                    row.append(fillvalue)
            yield tuple(row)
    return gen()


def pairwise(iterable):
    """Overlapping pairs: (s0, s1), (s1, s2), ..."""
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()


def batched(iterable, n, *, strict=False):
    """Tuples of n items (the last may be shorter unless strict)."""
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)

    def gen():
        while True:
            batch = tuple(islice(it, n))
            if not batch:
                return
            if strict and len(batch) != n:
                raise ValueError("batched(): incomplete batch")
            yield batch
    return gen()


class groupby:
    """groupby(iterable, key=None): (key, group-iterator) for each run of
    consecutive items with equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = (lambda x: x) if key is None else key
        self._tgtkey = self._currkey = self._currvalue = object()
        self._marker = self._currkey

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is self._marker or self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return self._currkey, self._grouper(self._tgtkey, self._id)

    def _grouper(self, tgtkey, id_):
        while self._id is id_ and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


class _TeeData:
    __slots__ = ("it", "buf", "base")

    def __init__(self, it):
        self.it = it
        self.buf = []
        self.base = 0


def tee(iterable, n=2):
    """n independent iterators over one iterable (buffering what only
    some of them have consumed)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    shared = _TeeData(iter(iterable))
    positions = [0] * n

    def gen(k):
        while True:
            pos = positions[k]
            idx = pos - shared.base
            if idx < len(shared.buf):
                value = shared.buf[idx]
            else:
                try:
                    value = next(shared.it)
                except StopIteration:
                    return
                shared.buf.append(value)
            positions[k] = pos + 1
            low = min(positions)
            if low > shared.base:
                del shared.buf[:low - shared.base]
                shared.base = low
            yield value
    return tuple(gen(k) for k in range(n))
