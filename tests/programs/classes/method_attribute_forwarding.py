class K:
    def m(self, a: int = 3) -> str:
        "doc"
        return "x"
K.m.tag = "tagged"
k = K()
print(k.m.__annotations__, k.m.__defaults__, k.m.tag, k.m.__doc__, k.m.__code__.co_name, type(k.m).__name__)
try:
    k.m.nope
except AttributeError as e:
    print(e)
