async def drain(queue_iter):
    seen = []
    async for item in queue_iter:
    return seen
