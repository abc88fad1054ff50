import asyncio


async def fetch(url)
    await asyncio.sleep(0.1)
    return url
