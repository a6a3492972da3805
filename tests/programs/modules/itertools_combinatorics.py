import itertools as it
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(3), 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('ab', 2)), list(it.product('ab', repeat=2)), list(it.product([1, 2], 'xy')))
print(list(it.product()), list(it.product([], [1])), list(it.permutations([])))
print(list(it.pairwise('abcd')), list(it.pairwise([1])), list(it.batched('abcdefg', 3)), list(it.batched(range(4), 2)))
try:
    list(it.batched('abc', 2, strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    it.batched('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    it.permutations('abc', -1)
except ValueError as e:
    print('ValueError', e)
try:
    it.product('ab', repeat=-1)
except ValueError as e:
    print('ValueError', e)
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
