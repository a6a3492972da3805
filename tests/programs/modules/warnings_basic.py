import warnings, sys, io
buf = io.StringIO()
sys.stderr = buf

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    warnings.warn("careful")

for i in range(2):
    old_api()
warnings.warn("top level", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    old_api()
    print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("silent")
print("done")
sys.stderr = sys.__stderr__ if hasattr(sys, "__stderr__") else sys.stdout
print(buf.getvalue().replace(__file__, "FILE"))
