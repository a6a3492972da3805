# Argument errors of built-in methods (list, dict, str, set).
calls = {
    "[].append()": lambda: [].append(),
    "[].append(1, 2)": lambda: [].append(1, 2),
    "[].append(x=1)": lambda: [].append(x=1),
    "[].insert(1)": lambda: [].insert(1),
    "[].pop(1, 2)": lambda: [].pop(1, 2),
    "[].index()": lambda: [].index(),
    "[].count()": lambda: [].count(),
    "[].remove(1)": lambda: [].remove(1),
    "[].extend()": lambda: [].extend(),
    "[1].sort(1)": lambda: [1].sort(1),
    "{}.get()": lambda: {}.get(),
    "{}.get(k=1)": lambda: {}.get(k=1),
    "{}.pop()": lambda: {}.pop(),
    "{}.setdefault()": lambda: {}.setdefault(),
    "{}.popitem()": lambda: {}.popitem(),
    "'a'.split(1, 2, 3)": lambda: "a".split(",", 1, 3),
    "'a'.join()": lambda: "a".join(),
    "'a'.replace('a')": lambda: "a".replace("a"),
    "'a'.startswith()": lambda: "a".startswith(),
    "'a'.startswith(1)": lambda: "a".startswith(1),
    "'a'.center()": lambda: "a".center(),
    "'a'.zfill('x')": lambda: "a".zfill("x"),
    "'a'.find()": lambda: "a".find(),
    "'a'.count()": lambda: "a".count(),
    "set().add()": lambda: set().add(),
    "set().remove(1)": lambda: set().remove(1),
    "set().pop()": lambda: set().pop(),
    "(1,).index(2)": lambda: (1,).index(2),
    "(1,).count()": lambda: (1,).count(),
}
for label, fn in calls.items():
    try:
        fn()
        print(label, "-> no error")
    except (TypeError, ValueError, KeyError, IndexError) as e:
        print(label, "->", type(e).__name__, e)
