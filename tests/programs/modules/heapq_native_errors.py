# heapq's native primitives: argument errors, comparisons that raise, and
# items of types that do not order.
import heapq
for fn, args in ((heapq.heappush, (None, 1)), (heapq.heappop, ((),)), (heapq.heapify, ({},)),
                 (heapq.heapreplace, ([], 1)), (heapq.heappush, ([],))):
    try:
        fn(*args)
    except (TypeError, IndexError) as e:
        print(fn.__name__, type(e).__name__, e)
h = [3, 1, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 5), h)
try:
    heapq.heappush(h, "string")
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __lt__(self, other):
        raise ArithmeticError("no order")
try:
    heapq.heappush([Bad()], Bad())
except ArithmeticError as e:
    print("ArithmeticError:", e)
print(heapq.heappush.__name__, heapq.heappush.__module__, type(heapq.heappush).__name__)
print(heapq.heappop([7]), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))
