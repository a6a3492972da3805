"""Iterator building blocks."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def chain(*iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    for it in iterables:
        yield from it


chain.from_iterable = _from_iterable


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(iterable)
    i = 0
    nexti = start
    for x in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield x
            nexti += step
        i += 1


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x) if func else total + x
        yield total


def takewhile(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x


def dropwhile(pred, iterable):
    it = iter(iterable)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [r + (y,) for r in result for y in pool]
    for r in result:
        yield r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    def rec(prefix, remaining):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in remaining:
            yield from rec(prefix + [i], [j for j in remaining if j != i])
    yield from rec([], list(range(n)))


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    def rec(start, prefix):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(start, n):
            yield from rec(i + 1, prefix + [pool[i]])
    yield from rec(0, [])


def zip_longest(*iterables, fillvalue=None):
    its = [iter(i) for i in iterables]
    while True:
        row = []
        alive = False
        for it in its:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(fillvalue)
        if not alive:
            return
        yield tuple(row)


def starmap(func, iterable):
    for args in iterable:
        yield func(*args)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def groupby(iterable, key=None):
    it = iter(iterable)
    sentinel = object()
    cur = sentinel
    group = []
    for x in it:
        k = key(x) if key else x
        if cur is sentinel or k != cur:
            if cur is not sentinel:
                yield cur, iter(group)
            cur = k
            group = [x]
        else:
            group.append(x)
    if cur is not sentinel:
        yield cur, iter(group)


def filterfalse(pred, iterable):
    for x in iterable:
        if not (pred(x) if pred else x):
            yield x


def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))
