import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(UserWarning('as instance'))
print([(type(w.message).__name__, str(w.message), w.category.__name__) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.warn('skip me'); warnings.warn('keep me')
print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.simplefilter('always', RuntimeWarning)
    warnings.warn('rt', RuntimeWarning); warnings.warn('user', UserWarning)
print([w.category.__name__ for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('once per location')
print(len(caught))
