import asyncio
import random

SENTINEL = object()


async def producer(q: asyncio.Queue, name: str, n: int) -> None:
    for i in range(n):
        await asyncio.sleep(random.random() / 200)
        await q.put((name, i))
    await q.put(SENTINEL)


async def consumer(q: asyncio.Queue, producers: int, results: list) -> int:
    finished = 0
    while finished < producers:
        item = await q.get()
        try:
            if item is SENTINEL:
                finished += 1
                continue
            name, i = item
            results.append(f"{name}{i}")
        finally:
            q.task_done()
    return len(results)


async def main():
    q: asyncio.Queue = asyncio.Queue(maxsize=4)
    results: list[str] = []
    async with asyncio.TaskGroup() as tg:
        for name in "abc":
            tg.create_task(producer(q, name, 5))
        total = tg.create_task(consumer(q, 3, results))
    await q.join()
    print(total.result(), sorted(results)[:6])


asyncio.run(main())
