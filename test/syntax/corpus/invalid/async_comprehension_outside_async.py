import asyncio


async def ticks(n):
    for i in range(n):
        yield i


def collect():
    return [t async for t in ticks(3)]
