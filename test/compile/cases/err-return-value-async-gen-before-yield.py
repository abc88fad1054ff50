async def agen():
    if False:
        return [1, 2]
    await g()
    yield
