"""atexit for Anext: functions registered here run when the program ends
(after an uncaught exception's traceback), last registered first."""

# (func, args, kwargs), or None where unregister() took one out: the
# count of slots is what _ncallbacks() reports, as in CPython.
_handlers = []


def register(func, /, *args, **kwargs):
    """Register func to be called with args and kwargs at exit; return func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func."""
    for i, h in enumerate(_handlers):
        if h is not None and h[0] == func:
            _handlers[i] = None


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    import sys
    while _handlers:
        h = _handlers.pop()
        if h is None:
            continue
        func, args, kwargs = h
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # Reported, never raised: the exit status stays what it was.
            if exc.__traceback__ is not None:
                exc.__traceback__ = exc.__traceback__.tb_next
            import traceback
            sys.stderr.write(f"Exception ignored in atexit callback {func!r}:\n")
            sys.stderr.write("".join(traceback.format_exception(exc)))
