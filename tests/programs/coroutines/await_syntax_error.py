# await outside an async function is a SyntaxError.
def f():
    await something()
