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


def _flags(obj):
    while hasattr(obj, "__func__"):
        obj = obj.__func__
    code = getattr(obj, "__code__", None)
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


def iscoroutinefunction(obj):
    return bool(_flags(obj) & _CO_COROUTINE)


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

    def bind(self, *args, **kwargs):
        raise NotImplementedError("Signature.bind is not supported by Anext yet")


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


def signature(obj):
    """The Signature of a Python function or a builtin with a text signature."""
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
