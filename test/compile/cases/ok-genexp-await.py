async def f(y):
    return (await x for x in y)
def g(z):
    return (await x for x in z)
async def h(w):
    return [x async for x in w if await x]
