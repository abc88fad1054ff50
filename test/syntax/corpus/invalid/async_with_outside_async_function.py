import asyncio

lock = asyncio.Lock()


def critical():
    async with lock:
        return 1
