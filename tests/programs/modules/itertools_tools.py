# itertools building blocks.
import itertools as it
print(list(it.islice(it.count(10, 5), 3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(0, 3)))
print(list(it.chain([1], (2, 3))), list(it.chain.from_iterable(["ab", "c"])), list(it.accumulate([1, 2, 3])))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2)), list(it.combinations("abc", 2)))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.zip_longest("ab", "x", fillvalue="-")))
print(list(it.pairwise([1, 2, 3])), list(it.batched(range(5), 2)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
