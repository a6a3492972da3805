import cmath, math
for z in [1+1j, -1, 1j, -2-2j, 3]:
    r, phi = cmath.polar(z)
    back = cmath.rect(r, phi)
    print(z, round(r, 12), round(phi, 12), round(back.real, 12), round(back.imag, 12))
print(cmath.phase(complex(-1.0, 0.0)), cmath.phase(complex(-1.0, -0.0)), cmath.phase(0), cmath.polar(0))
print(cmath.rect(1, math.pi / 2).real < 1e-15, abs(cmath.rect(2, math.pi)) == 2.0)
