# Integer arithmetic: floor division and modulo signs, shifts, bit ops, big ints.
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2)):
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, -2 ** 63, 2 ** 63 - 1 + 1, (1 << 70) >> 69, 10 ** 20 // 7, 10 ** 20 % 7)
print(~5, -(-5), 6 & 3, 6 | 3, 6 ^ 3, (123).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(int("-0x1f", 16), int("1_000"), int("z", 36), 0o17, 0b1010, 1_000_000, (-5) ** 2, 2 ** -1)
big = 3 ** 200
print(big % 1000, len(str(big)), big // 3 ** 199, hash(2 ** 61) == hash(1), abs(-big) == big)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
