# What the robustness scripts share: call every callable attribute of an
# object or module with each set of arguments, whatever the call raises.


def call_attributes(target, argsets, wanted, accept=callable, after=None):
    """Call each attribute of `target` whose name `wanted` accepts and
    whose value `accept` accepts, once per (args, kwargs) pair of
    `argsets`; `after` sees each result. Returns how many calls ran."""
    calls = 0
    for name in dir(target):
        if not wanted(name):
            continue
        try:
            f = getattr(target, name)
        except BaseException:
            continue
        if not accept(f):
            continue
        for args, kwargs in argsets:
            calls += 1
            try:
                r = f(*args, **kwargs)
                if after is not None:
                    after(r)
            except BaseException:
                pass
    return calls
