# Basic complex numbers.
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z * 1j, z + 1, z / 2, z == complex(3, 4), -z, (1j) ** 2)
print(complex("1+2j"), repr(1j), repr(-0.5j), complex(2), (2 + 0j) == 2)
