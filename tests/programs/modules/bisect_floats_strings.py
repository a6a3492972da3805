import bisect
temps = [-3.5, 0.0, 12.25, 20.0, 31.5]
print([bisect.bisect(temps, t) for t in (-10, 0.0, 15, 40)])
words = sorted(['delta', 'alpha', 'charlie', 'bravo'])
print(words, bisect.bisect_left(words, 'beta'), bisect.bisect_left(words, 'charlie'))
bisect.insort(words, 'echo'); bisect.insort(words, 'aardvark'); print(words)
print(bisect.bisect_left([], 1), bisect.bisect([1, 1, 1], 1), bisect.bisect_left([1, 1, 1], 1))
