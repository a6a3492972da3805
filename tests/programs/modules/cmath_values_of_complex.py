import cmath
class Z:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.25
print(cmath.sqrt(Z()), cmath.sqrt(F()), abs(cmath.exp(Z())) > 0, cmath.phase(Z()))
print(cmath.polar(Z()), cmath.isfinite(F()))
z = complex('1+2j')
print(z * z.conjugate(), abs(z) ** 2, (1 + 2j) / (3 - 4j), (1j) ** 2, pow(2j, 2), complex(2, 3) - 1)
print(complex('inf'), complex('-1.5e3j'), complex(' 3 '), z.real, z.imag, -z, +z)
try:
    complex('1+')
except ValueError as e:
    print('ValueError', e)
try:
    (1 + 1j) // 2
except TypeError as e:
    print('TypeError', e)
try:
    (1 + 1j) < 2
except TypeError as e:
    print('TypeError', e)
print(hash(1 + 0j) == hash(1), 1 + 0j == 1, {1: 'a'}[1 + 0j])
