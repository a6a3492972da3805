# Arithmetic on number literals gives what the operations give at run
# time (the compiler folds the safe cases): floor division and modulo
# signs, powers and shifts at and past 64 bits, true division, float
# results, and the cases that must still raise when run.
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, 7 // 2, 0 % 5)
print(2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, 3 ** 40, 10 ** 9, 2 ** 0, 0 ** 0)
print(1 << 62, 1 << 63, 1 << 64, -1 >> 3, 5 >> 70, 0xFF & 0x0F, 6 | 9, 6 ^ 3)
print(3 / 2, -1 / 3, 10 / 5, (2 ** 53 + 1) / 1, 1 / 3 + 1 / 3)
print(0.1 + 0.2, 1.5 * 4, 2 - 0.5, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(60 * 60 * 24, 9223372036854775807 + 1, -9223372036854775807 - 2, 3 * -1)
print(2 ** -1, 4 ** 0.5, (-8) ** (1 / 3) if False else "skip", 7.5 // 2, 7.5 % 2)
for thunk in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
              lambda: 1 << -1, lambda: 2.0 ** 10000):
    try:
        print(thunk())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
x = 10 ** 9
for _ in range(3):
    x = x % (2 ** 31 - 1) * 48271
print(x)
