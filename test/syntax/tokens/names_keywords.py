def f(a, b=1, *args, **kw):
    return a if b else None
class C: pass
async def g(): await x
match = case = type = _ = __x__ = 1
True, False, None
