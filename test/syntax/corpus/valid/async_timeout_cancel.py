import asyncio
import contextlib


async def slow(n: float, label: str) -> str:
    try:
        await asyncio.sleep(n)
        return label
    except asyncio.CancelledError:
        print(f"{label} was cancelled")
        raise
    finally:
        print(f"{label} cleanup")


async def main():
    try:
        async with asyncio.timeout(0.05):
            await slow(1, "too slow")
    except TimeoutError:
        print("timed out")

    task = asyncio.create_task(slow(1, "background"))
    await asyncio.sleep(0)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    print("cancelled?", task.cancelled())

    done, pending = await asyncio.wait(
        [asyncio.create_task(slow(d, f"w{d}")) for d in (0.01, 0.02, 1)],
        timeout=0.1,
        return_when=asyncio.ALL_COMPLETED,
    )
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(sorted(t.result() for t in done))
    print(await asyncio.wait_for(slow(0.001, "quick"), timeout=1))


asyncio.run(main())
