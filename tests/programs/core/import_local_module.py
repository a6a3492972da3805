# Importing a .py module that sits beside the script, and from-imports.
import mod_helper
from mod_helper import greet, VALUE as V
print(mod_helper.VALUE, V, greet("x"))
print(mod_helper.__name__)
try:
    from mod_helper import missing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
