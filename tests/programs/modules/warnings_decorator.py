import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    @warnings.deprecated('use new_api instead')
    def old_api():
        return 1
    print(old_api(), old_api.__deprecated__)
    @warnings.deprecated('class is old')
    class Old:
        pass
    Old()
print([(x.category.__name__, str(x.message)) for x in w])
def noisy():
    warnings.warn('from noisy', stacklevel=1)
    return 5
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = noisy()
print(r, len(w), w[0].lineno == noisy.__code__.co_firstlineno + 1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('module')
    warnings.warn('m1'); warnings.warn('m1')
print(len(w))
