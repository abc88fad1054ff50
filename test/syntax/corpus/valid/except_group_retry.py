import asyncio


class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


async def fetch(i: int) -> int:
    await asyncio.sleep(0)
    if i % 5 == 0:
        raise FatalError(f"item {i} is corrupt")
    if i % 3 == 0:
        raise TransientError(f"item {i} timed out")
    return i * i


async def fetch_all(ids):
    results, retry = {}, []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = {i: tg.create_task(fetch(i)) for i in ids}
    except* TransientError as group:
        retry.extend(str(e) for e in group.exceptions)
    except* FatalError as group:
        for exc in group.exceptions:
            print("giving up:", exc)
    else:
        results = {i: t.result() for i, t in tasks.items()}
    finally:
        print(f"{len(retry)} to retry")
    return results, retry


def classify(excs):
    kinds = []
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError, TypeError:
        kinds.append("value or type")
    except* (OSError, EOFError) as eg:
        kinds += [type(e).__name__ for e in eg.exceptions]
    except* (KeyError, IndexError):
        kinds.append("lookup")
    return kinds


print(asyncio.run(fetch_all([1, 2, 4])))
print(asyncio.run(fetch_all(range(1, 7))))
print(classify([ValueError(), TypeError("t")]))
