import contextlib
log = []
class Res:
    def __init__(self, name): self.name = name
    def __enter__(self): log.append('enter ' + self.name); return self
    def __exit__(self, *exc): log.append('exit ' + self.name); return False
with contextlib.ExitStack() as stack:
    a = stack.enter_context(Res('a'))
    b = stack.enter_context(Res('b'))
    stack.callback(log.append, 'callback')
    @stack.push
    def on_exit(*exc):
        log.append('pushed ' + str(exc[0]))
print(log)
log.clear()
with contextlib.ExitStack() as stack:
    stack.enter_context(Res('x'))
    later = stack.pop_all()
print(log); later.close(); print(log)
log.clear()
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Res('r'))
        stack.callback(lambda: log.append('cleanup'))
        raise ValueError('inside')
except ValueError as e:
    print('caught', e, log)
def suppressor(*exc):
    return True
with contextlib.ExitStack() as stack:
    stack.push(suppressor)
    raise KeyError('swallowed')
print('after suppressed')
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError', e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed ok')
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print(v)
class Closer:
    def close(self): print('closed')
with contextlib.closing(Closer()):
    pass
