# sys.exit inside an atexit callback is reported, not obeyed.
import atexit, sys
atexit.register(print, "bye")
atexit.register(sys.exit, 3)
print("main")
