# 'yield from' inside an async function is a SyntaxError.
async def agen():
    yield from [1, 2]
