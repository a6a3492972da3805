import bisect
people = [('amy', 21), ('bob', 35), ('cat', 42)]
ages = [p[1] for p in people]
print(bisect.bisect(ages, 35), bisect.bisect_left(people, 35, key=lambda p: p[1]), bisect.bisect_right(people, 35, key=lambda p: p[1]))
bisect.insort_left(people, ('dan', 35), key=lambda p: p[1]); print(people)
bisect.insort_right(people, ('eve', 35), key=lambda p: p[1]); print([p[0] for p in people])
a = list(range(0, 20, 2))
print([bisect.bisect_left(a, x, 2, 6) for x in (0, 5, 30)], bisect.bisect_right(a, 8, lo=5))
for bad in [lambda: bisect.insort(None, 1), lambda: bisect.bisect_right([1], 1, -2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
