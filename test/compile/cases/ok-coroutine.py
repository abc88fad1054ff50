async def main(queue):
    async with lock:
        item = await queue.get()
    async for x in queue:
        print(x)
    return item
async def agen():
    yield 1
    await sleep(0)
