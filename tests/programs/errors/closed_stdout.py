# Writing to a closed sys.stdout raises ValueError; what was printed before stays.
import sys
print("before close")
sys.stdout.close()
print("after close")
