# A syntax error is reported with file, line and caret, exit status 1.
x = 1
def f(:
    pass
