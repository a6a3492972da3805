from enum import Enum, IntFlag, Flag, auto
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Color = Enum('Color', [('RED', 'r'), ('GREEN', 'g')])
print(Color.RED.value, Color('g'))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.X
print(p, int(p), Perm.W in p, p & Perm.R, ~Perm.R & 7, Perm(6))
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
print(F.A.value, F.B.value, F.C.value, F.A | F.C, (F.A | F.B) & F.B, F(0))
