import asyncio


async def worker(i: int, start: asyncio.Event, barrier: asyncio.Barrier, log: list[str]) -> None:
    await start.wait()
    log.append(f"w{i} started")
    await asyncio.sleep(0.001 * (3 - i))
    async with barrier as position:
        log.append(f"w{i} passed barrier at position {position}")


async def main() -> None:
    start = asyncio.Event()
    barrier = asyncio.Barrier(3)
    log: list[str] = []
    workers = [asyncio.create_task(worker(i, start, barrier, log)) for i in range(3)]
    await asyncio.sleep(0)
    log.append("releasing workers")
    start.set()
    await asyncio.gather(*workers)
    print(*log, sep="\n")


if __name__ == "__main__":
    asyncio.run(main())
