# int() of a huge decimal string hits the 4300-digit limit.
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
import sys
sys.set_int_max_str_digits(0)
print(len(str(int("9" * 5000))))
