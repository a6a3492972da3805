import functools, itertools, collections, math, re, json
from dataclasses import dataclass, field
from contextlib import contextmanager, suppress

@dataclass(order=True, frozen=True)
class Item:
    price: float
    name: str = field(compare=False)

items = [Item(3.5, "tea"), Item(1.25, "bun"), Item(3.5, "jam"), Item(10, "pot")]
print(sorted(items)[:2], min(items).name, max(items))
try:
    items[0].price = 1
except Exception as e:
    print(type(e).__name__, e)
print(hash(Item(1, "a")) == hash(Item(1, "b")), Item(1, "a") == Item(1, "b"))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
double = functools.partial(lambda a, b: a * b, 2)
print(double(21), functools.reduce(lambda a, b: a * b, range(1, 10)))

words = "the cat and the hat and the bat".split()
print(collections.Counter(words).most_common(2))
groups = {k: list(g) for k, g in itertools.groupby(sorted(words), key=len)}
print(groups)
print(list(itertools.chain([1], (2, 3))), list(itertools.islice(itertools.count(5, 5), 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations("abcd", 2))[:3])
print(list(itertools.zip_longest([1, 2], "abc", fillvalue="-")), list(itertools.pairwise([1, 2, 3])))
dd = collections.defaultdict(lambda: "missing")
print(dd["x"], collections.deque([1, 2, 3], maxlen=2))

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print(t)
with suppress(KeyError):
    {}["nope"]
print("suppressed")

text = "Order #123 shipped on 2024-05-01; order #456 pending."
print(re.findall(r"#(\d+)", text), re.sub(r"\d{4}-\d{2}-\d{2}", "<date>", text))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", text)
print(m.group("year"), m.groupdict(), m.span(), re.split(r"[;.]\s*", text))
print(f"{math.pi:10.4f}|{math.e:<8.2f}|{12345.678:,.1f}|{0.25:.0%}|{42:+d}|{'x':^5}|")
print(json.loads(json.dumps({"nested": [1.5, None, True]})), round(2.675, 2), 7 / 2, 7 // 2)
for i, (a, b) in enumerate(zip("ab", [10, 20]), start=1):
    print(i, a, b, end="; ")
print()
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], sum(map(sum, matrix)), any(x > 5 for row in matrix for x in row))
