async def stream():
    yield 1


def consume():
    async for item in stream():
        print(item)
