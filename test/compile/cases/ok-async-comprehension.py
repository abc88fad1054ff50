async def f(items):
    a = [x async for x in items]
    b = [await x for x in items]
    c = (x async for x in items)
    d = {k: v async for k, v in items}
    e = [[y async for y in x] for x in items]
    return a, b, c, d, e
def g(items):
    return (x async for x in items)
