"""Introspection predicates for functions, generators and coroutines."""

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = _CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = _CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = _CO_ASYNC_GENERATOR = 0x200


def _unwrap_callable(obj):
    # Look through bound methods and functools.partial objects.
    while True:
        if hasattr(obj, "__func__"):
            obj = obj.__func__
        elif type(obj).__name__ == "partial" and hasattr(obj, "func"):
            obj = obj.func
        else:
            return obj


def _flags(obj):
    code = getattr(_unwrap_callable(obj), "__code__", None)
    return code.co_flags if code is not None else 0


def isfunction(obj):
    return type(obj).__name__ == "function"


def ismethod(obj):
    return type(obj).__name__ == "method"


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return type(obj).__name__ == "module"


def isbuiltin(obj):
    return type(obj).__name__ == "builtin_function_or_method"


def ismethodwrapper(obj):
    return type(obj).__name__ == "method-wrapper"


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj)


def _plain_descriptor_candidate(obj):
    return not (isclass(obj) or ismethod(obj) or isfunction(obj))


def ismethoddescriptor(obj):
    """A descriptor with __get__ but neither __set__ nor __delete__ (list.append, staticmethod(f))."""
    if not _plain_descriptor_candidate(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__") and not hasattr(tp, "__delete__")


def isdatadescriptor(obj):
    """A descriptor with __set__ or __delete__ (property, int.real)."""
    if not _plain_descriptor_candidate(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(obj):
    return type(obj).__name__ == "getset_descriptor"


def ismemberdescriptor(obj):
    return type(obj).__name__ == "member_descriptor"


def isgeneratorfunction(obj):
    return bool(_flags(obj) & _CO_GENERATOR)


# What markcoroutinefunction() stores on a function (Python 3.12+).
_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Mark func (a sync function returning an awaitable) so that
    iscoroutinefunction() reports it as a coroutine function."""
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    if _flags(obj) & _CO_COROUTINE:
        return True
    target = _unwrap_callable(obj)
    return getattr(target, "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return bool(_flags(obj) & _CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return type(obj).__name__ == "generator"


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isasyncgen(obj):
    return type(obj).__name__ == "async_generator"


def isawaitable(obj):
    if iscoroutine(obj) or hasattr(type(obj), "__await__"):
        return True
    return isgenerator(obj) and bool(obj.gi_code.co_flags & 0x100)


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a suspended generator; {} once it is done."""
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame; {} when it has none."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def getasyncgenlocals(agen):
    """The local variables of a suspended async generator; {} once done."""
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    frame = getattr(agen, "ag_frame", None)
    return frame.f_locals if frame is not None else {}


def iscode(obj):
    return type(obj).__name__ == "code"


def isframe(obj):
    return type(obj).__name__ == "frame"


def istraceback(obj):
    return type(obj).__name__ == "traceback"


def currentframe():
    """The caller's frame."""
    import sys
    return sys._getframe(1)


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow __wrapped__ from func to the innermost object (or to the
    first one stop() accepts); ValueError on a cycle."""
    import sys
    start = func
    seen = {id(func): func}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f"wrapper loop when unwrapping {start!r}")
        seen[id(func)] = func
    return func


def getmembers(obj, predicate=None):
    """(name, value) pairs for the names dir() lists, sorted by name, kept
    when predicate (if any) accepts the value. A name getattr() cannot
    read is taken from the class dicts along the MRO, or left out."""
    names = list(dir(obj))
    mro = ()
    if isclass(obj):
        mro = getmro(obj)
        # Names a DynamicClassAttribute of a base hides from the class.
        for base in getattr(obj, "__bases__", ()):
            for key, value in base.__dict__.items():
                if type(value).__name__ == "DynamicClassAttribute":
                    names.append(key)
    pairs = []
    done = set()
    for name in names:
        try:
            if name in done:
                raise AttributeError(name)
            value = getattr(obj, name)
        except AttributeError:
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            pairs.append((name, value))
        done.add(name)
    pairs.sort(key=lambda pair: pair[0])
    return pairs


CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


AGEN_CREATED = "AGEN_CREATED"
AGEN_RUNNING = "AGEN_RUNNING"
AGEN_SUSPENDED = "AGEN_SUSPENDED"
AGEN_CLOSED = "AGEN_CLOSED"


def getasyncgenstate(agen):
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    if agen.ag_frame is None:
        return AGEN_CLOSED
    return AGEN_CREATED


class _empty:
    """Marker for 'no default' and 'no annotation'."""


class _ParameterKind:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f"<_ParameterKind.{self.name}: {self.value}>"

    def __eq__(self, other):
        return isinstance(other, _ParameterKind) and other.value == self.value

    def __hash__(self):
        return self.value

    def __lt__(self, other):
        return self.value < other.value

    @property
    def description(self):
        return self.name.lower().replace("_", " ")


POSITIONAL_ONLY = _ParameterKind("POSITIONAL_ONLY", 0)
POSITIONAL_OR_KEYWORD = _ParameterKind("POSITIONAL_OR_KEYWORD", 1)
VAR_POSITIONAL = _ParameterKind("VAR_POSITIONAL", 2)
KEYWORD_ONLY = _ParameterKind("KEYWORD_ONLY", 3)
VAR_KEYWORD = _ParameterKind("VAR_KEYWORD", 4)


class Parameter:
    """One parameter of a Signature."""

    empty = _empty
    POSITIONAL_ONLY = POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = VAR_POSITIONAL
    KEYWORD_ONLY = KEYWORD_ONLY
    VAR_KEYWORD = VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation
        self._default_text = None

    def __str__(self):
        text = self.name
        if self.annotation is not _empty:
            text += f": {_annotation_text(self.annotation)}"
        if self.default is not _empty:
            shown = self._default_text if self._default_text is not None else repr(self.default)
            text += f" = {shown}" if self.annotation is not _empty else f"={shown}"
        if self.kind == VAR_POSITIONAL:
            text = "*" + text
        elif self.kind == VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return f'<Parameter "{self}">'


def _annotation_text(a):
    if isinstance(a, type):
        return a.__name__ if a.__module__ == "builtins" else f"{a.__module__}.{a.__qualname__}"
    return repr(a)


class Signature:
    """The parameters (and return annotation) of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self.parameters = {p.name: p for p in (parameters or [])}
        self.return_annotation = return_annotation

    def __str__(self):
        parts = []
        seen_posonly = False
        seen_star = False
        for p in self.parameters.values():
            if p.kind == POSITIONAL_ONLY:
                seen_posonly = True
            elif seen_posonly:
                parts.append("/")
                seen_posonly = False
            if p.kind == VAR_POSITIONAL:
                seen_star = True
            elif p.kind == KEYWORD_ONLY and not seen_star:
                parts.append("*")
                seen_star = True
            parts.append(str(p))
        if seen_posonly:
            parts.append("/")
        text = "(" + ", ".join(parts) + ")"
        if self.return_annotation is not _empty:
            text += f" -> {_annotation_text(self.return_annotation)}"
        return text

    def __repr__(self):
        return f"<Signature {self}>"

    def replace(self, *, parameters=None, return_annotation=_empty):
        params = list(self.parameters.values()) if parameters is None else parameters
        ret = self.return_annotation if return_annotation is _empty else return_annotation
        return Signature(params, return_annotation=ret)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)

    def __eq__(self, other):
        return (isinstance(other, Signature) and str(self) == str(other))

    def bind(self, *args, **kwargs):
        """Map arguments to parameters as a call would; TypeError if they do not fit."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, True)

    def _bind(self, args, kwargs, partial):
        kwargs = dict(kwargs)
        arguments = {}
        i = 0
        for p in self.parameters.values():
            if p.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    if p.kind == POSITIONAL_OR_KEYWORD and p.name in kwargs:
                        raise TypeError(f"multiple values for argument '{p.name}'")
                    arguments[p.name] = args[i]
                    i += 1
                elif p.kind == POSITIONAL_OR_KEYWORD and p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.kind == POSITIONAL_ONLY and p.name in kwargs and not any(
                        q.kind == VAR_KEYWORD for q in self.parameters.values()):
                    raise TypeError(f"'{p.name}' parameter is positional only, but was passed as a keyword")
                elif p.default is _empty and not partial:
                    raise TypeError(f"missing a required argument: '{p.name}'")
            elif p.kind == VAR_POSITIONAL:
                if i < len(args):
                    arguments[p.name] = tuple(args[i:])
                    i = len(args)
            elif p.kind == KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError(f"missing a required keyword-only argument: '{p.name}'")
            elif p.kind == VAR_KEYWORD:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if i < len(args):
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError(f"got an unexpected keyword argument '{next(iter(kwargs))}'")
        return BoundArguments(self, arguments)


class BoundArguments:
    """The result of Signature.bind(): parameter name -> argument."""

    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (VAR_KEYWORD, KEYWORD_ONLY) or p.name not in self.arguments:
                break
            if p.kind == VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for p in self.signature.parameters.values():
            if not started:
                if p.kind in (VAR_KEYWORD, KEYWORD_ONLY) or p.name not in self.arguments:
                    started = True
                else:
                    continue
            if p.name not in self.arguments:
                continue
            if p.kind == VAR_KEYWORD:
                out.update(self.arguments[p.name])
            elif p.kind != VAR_POSITIONAL:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        """Fill in the defaults of parameters left out."""
        new = {}
        for p in self.signature.parameters.values():
            if p.name in self.arguments:
                new[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                new[p.name] = p.default
            elif p.kind == VAR_POSITIONAL:
                new[p.name] = ()
            elif p.kind == VAR_KEYWORD:
                new[p.name] = {}
        self.arguments = new

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.arguments.items())
        return f"<BoundArguments ({items})>"


def _from_text_signature(text):
    inner = text.strip()[1:-1]
    items = [s.strip() for s in inner.replace("\n", " ").split(",") if s.strip()]
    params = []
    kind = POSITIONAL_OR_KEYWORD
    pending = []
    for item in items:
        if item.startswith("$"):
            continue
        if item == "/":
            for p in pending:
                p.kind = POSITIONAL_ONLY
            pending = []
            continue
        if item == "*":
            kind = KEYWORD_ONLY
            continue
        if item.startswith("**"):
            params.append(Parameter(item[2:], VAR_KEYWORD))
            continue
        if item.startswith("*"):
            params.append(Parameter(item[1:], VAR_POSITIONAL))
            kind = KEYWORD_ONLY
            continue
        name, eq, default = item.partition("=")
        p = Parameter(name.strip(), kind)
        if eq:
            p.default = default.strip()
            p._default_text = default.strip()
        params.append(p)
        if kind == POSITIONAL_OR_KEYWORD:
            pending.append(p)
    return Signature(params)


def _partial_signature(p):
    sig = signature(p.func)
    params = list(sig.parameters.values())
    consumed = len(p.args)
    out = []
    kw_from_here = False
    for q in params:
        if consumed and q.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
            consumed -= 1
            continue
        if q.name in p.keywords and q.kind != VAR_KEYWORD:
            new = Parameter(q.name, KEYWORD_ONLY if q.kind != POSITIONAL_ONLY else q.kind,
                            default=p.keywords[q.name], annotation=q.annotation)
            out.append(new)
            kw_from_here = True
            continue
        if kw_from_here and q.kind == POSITIONAL_OR_KEYWORD:
            q = Parameter(q.name, KEYWORD_ONLY, default=q.default, annotation=q.annotation)
        out.append(q)
    # Keyword-only parameters must follow *args in the printed form.
    order = {POSITIONAL_ONLY: 0, POSITIONAL_OR_KEYWORD: 1, VAR_POSITIONAL: 2, KEYWORD_ONLY: 3, VAR_KEYWORD: 4}
    out.sort(key=lambda q: order[q.kind] if isinstance(q.kind, _ParameterKind) else 0)
    return Signature(out, return_annotation=sig.return_annotation)


def signature(obj, *, follow_wrapped=True):
    """The Signature of a Python function or a builtin with a text signature."""
    import functools
    if isinstance(obj, functools.partial):
        return _partial_signature(obj)
    if follow_wrapped and hasattr(obj, "__wrapped__") and not isinstance(obj, type):
        return signature(obj.__wrapped__)
    text = getattr(obj, "__text_signature__", None)
    if text:
        return _from_text_signature(text)
    func = obj
    bound = False
    if ismethod(obj):
        func = obj.__func__
        bound = True
    code = getattr(func, "__code__", None)
    if code is None:
        if isinstance(obj, type):
            init = obj.__init__
            if isfunction(init):
                sig = signature(init)
                params = list(sig.parameters.values())[1:]
                return Signature(params)
        raise ValueError(f"no signature found for {obj!r}")
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, "__annotations__", {}) or {}
    params = []
    for i in range(npos):
        kind = POSITIONAL_ONLY if i < nposonly else POSITIONAL_OR_KEYWORD
        p = Parameter(names[i], kind, annotation=annotations.get(names[i], _empty))
        di = i - (npos - len(defaults))
        if di >= 0:
            p.default = defaults[di]
        params.append(p)
    idx = npos
    kwnames = names[idx:idx + nkw]
    idx += nkw
    if code.co_flags & CO_VARARGS:
        params.append(Parameter(names[idx], VAR_POSITIONAL, annotation=annotations.get(names[idx], _empty)))
        idx += 1
    for n in kwnames:
        params.append(Parameter(n, KEYWORD_ONLY, default=kwdefaults.get(n, _empty), annotation=annotations.get(n, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(Parameter(names[idx], VAR_KEYWORD, annotation=annotations.get(names[idx], _empty)))
    if bound and params:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _empty))


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """Look an attribute up without running descriptors or __getattr__:
    the raw object from the instance's or the classes' namespaces."""
    if isinstance(obj, type):
        for klass in obj.__mro__:
            if attr in klass.__dict__:
                return klass.__dict__[attr]
        for klass in type(obj).__mro__:
            if attr in klass.__dict__:
                return klass.__dict__[attr]
    else:
        try:
            d = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            d = {}
        klass_attr = _sentinel
        for klass in type(obj).__mro__:
            if attr in klass.__dict__:
                klass_attr = klass.__dict__[attr]
                break
        is_data = klass_attr is not _sentinel and (
            hasattr(type(klass_attr), "__set__") or hasattr(type(klass_attr), "__delete__"))
        if not is_data and isinstance(d, dict) and attr in d:
            return d[attr]
        if klass_attr is not _sentinel:
            return klass_attr
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    """Remove the common indentation of a docstring's lines after the first,
    and blank lines at the start and end."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    """The object's docstring, cleaned with cleandoc(), or None."""
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj, _filename=None):
    """The module an object was defined in, if it can be found."""
    import sys
    if ismodule(obj):
        return obj
    name = getattr(obj, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def isabstract(obj):
    """Whether obj is a class with abstract methods left to implement."""
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", False))
