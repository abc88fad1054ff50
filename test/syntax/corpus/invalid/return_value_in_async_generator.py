import asyncio


async def numbers(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i
    return limit
