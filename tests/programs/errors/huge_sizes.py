# Sizes a program asks for that cannot be allocated end in MemoryError
# (or CPython's OverflowError), never in a crash.
# (The expected output was made by CPython 3.13 under `ulimit -v 8000000`:
# without a limit CPython asks the system for the memory and is killed.)
cases = [
    "bytes(2**40)", "bytearray(2**40)", "'a'.center(2**40)", "'a'.ljust(2**40)",
    "'a'.rjust(2**40, '*')", "'a'.zfill(2**40)", "(1).to_bytes(2**40)", "list(range(2**40))",
    "'\\t'.expandtabs(2**40)", "b'a'.center(2**40)", "b'a'.zfill(2**40)", "'%*d' % (2**40, 1)",
    "'{:2000000000000}'.format(1)", "f'{1:>{2**40}}'", "tuple(range(2**40))", "sorted(range(2**40))",
    "bytes(range(2**40))", "[*range(2**40)]", "set(range(2**40))", "dict.fromkeys(range(2**40))",
    "'a' * 2**40", "b'ab'.hex(':', 2**40)", "[0] * 10**13", "(1).to_bytes(-1)",
]
for src in cases:
    try:
        eval(src)
        print(src, "ok")
    except (MemoryError, OverflowError, ValueError) as e:
        print(src, type(e).__name__, e)
print(list(range(3, 12, 4)), (258).to_bytes(3, "big"), "ab".center(6, "*"), bytes(3))
print(list(range(-2**63, 2**63 - 1, 2**62)), list(range(5, -6, -3)), tuple(range(0)))
