# User exception classes: args, str, repr, attributes and except ordering.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e.args, e, repr(e), e.what)
for exc in (ValueError(), ValueError("a"), ValueError("a", 1), KeyError("k"), KeyError()):
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    raise NotFound
except TypeError as e:
    print("TypeError:", e)
