import asyncio


class ShutdownError(Exception):
    pass


async def service(name: str, fail_with: BaseException | None = None) -> str:
    await asyncio.sleep(0)
    if fail_with is not None:
        raise fail_with
    return name


async def shutdown_all(specs):
    closed, problems = [], []
    try:
        async with asyncio.TaskGroup() as tg:
            for name, exc in specs:
                tg.create_task(service(name, exc))
    except* ShutdownError as eg:
        problems.extend(f"shutdown: {e}" for e in eg.exceptions)
    except* (ConnectionError, TimeoutError) as eg:
        problems.extend(f"network: {e!r}" for e in eg.exceptions)
    except* ValueError, KeyError:
        problems.append("bad configuration")
    finally:
        closed.append("all tasks finished")
    return closed, problems


specs = [("db", ShutdownError("db busy")), ("cache", None), ("web", ConnectionError("reset")), ("cfg", KeyError("x"))]
print(asyncio.run(shutdown_all(specs)))
