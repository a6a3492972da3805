import warnings, sys, io
# Warnings print to stderr with the script's absolute path: capture them
# and show the path as FILE so the expected output holds anywhere.
captured = io.StringIO()
sys.stderr = captured
warnings.warn('printed to stderr')
def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
old()
warnings.simplefilter('always')
old()
warnings.warn('explicit', RuntimeWarning)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line text').rstrip())
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10).rstrip())
warnings.showwarning('shown', FutureWarning, 'f.py', 3)
try:
    warnings.warn('bad', 'notaclass')
except TypeError as e:
    print('TypeError', e)
try:
    warnings.simplefilter('bogus')
except (ValueError, AssertionError) as e:
    print(type(e).__name__)

sys.stderr = sys.__stderr__
print(captured.getvalue().replace(__file__, 'FILE'), end='')
