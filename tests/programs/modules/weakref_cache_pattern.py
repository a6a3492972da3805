import weakref
class Image:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Image({self.name})'
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        print('loading', name)
        img = Image(name)
        cache[name] = img
    return img
a = load('x'); b = load('x'); print(a is b, len(cache))
del a, b
print(len(cache), 'x' in cache)
c = load('x'); print(sorted(cache.keys()), list(cache.values()))
registry = weakref.WeakKeyDictionary()
k = Image('k'); registry[k] = 'meta'
print(registry.get(k), k in registry, len(registry))
del k
print(len(registry))
ws = weakref.WeakSet([c]); print(c in ws, len(ws)); del c; print(len(ws))
