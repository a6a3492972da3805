# atexit callbacks run after an uncaught exception's traceback; the exit
# status stays 1.
import atexit
atexit.register(print, "bye")
raise KeyError("x")
