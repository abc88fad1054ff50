import asyncio
import weakref

background_tasks: set[asyncio.Task] = set()


async def job(n):
    await asyncio.sleep(0.01)
    return n * 2


def fire_and_forget(coro):
    # The event loop keeps only weak references to tasks: keep a strong one
    # until the task finishes, or it may be garbage collected mid-flight.
    task = asyncio.create_task(coro)
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    return weakref.ref(task)


async def main():
    refs = [fire_and_forget(job(i)) for i in range(5)]
    print("pending:", len(background_tasks))
    await asyncio.sleep(0.05)
    print("pending after:", len(background_tasks), "alive refs:", sum(r() is not None for r in refs))


asyncio.run(main())
