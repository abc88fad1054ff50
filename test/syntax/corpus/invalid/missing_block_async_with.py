async def worker(lock, results):
    async with lock:
    results.append(1)
