import inspect
objs = [len, [].append, list.append, dict.fromkeys, dict.__dict__['fromkeys'], int.__add__, (1).__add__, object.__init__, int.real, str.maketrans, print, inspect.isbuiltin]
for o in objs:
    print(repr(o)[:40].split(' at ')[0], inspect.isbuiltin(o), inspect.isroutine(o), inspect.ismethoddescriptor(o), inspect.isdatadescriptor(o), inspect.isfunction(o), inspect.ismethod(o), callable(o))
print(len.__text_signature__, [].append.__text_signature__, type(len).__name__)
print([].append == [].append, len == len, hash(len) == hash(len))
a = []
print(a.append == a.append, a.append.__self__ is a)
for o in [int.__add__, list.__len__, object.__init__, str.__getitem__]:
    print(o.__name__, o.__qualname__, bool(o.__doc__), o.__objclass__.__name__)
