import warnings
for cat in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    print(cat.__name__, cat.__mro__[1].__name__, issubclass(cat, Warning))
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('custom', MyWarning)
    warnings.warn_explicit('explicit', MyWarning, 'mod.py', 42)
print([(x.category.__name__, x.filename.endswith('.py'), x.lineno) for x in w][:1], w[1].filename, w[1].lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', category=MyWarning)
    warnings.warn('a', MyWarning); warnings.warn('b', UserWarning)
print([str(x.message) for x in w])
print(type(warnings.filters).__name__, len(warnings.filters) > 0)
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(len(warnings.filters))
print(warnings.filters == before)
