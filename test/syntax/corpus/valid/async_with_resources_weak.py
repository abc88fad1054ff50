import asyncio
import weakref


class Lease:
    active: "weakref.WeakSet[Lease]" = weakref.WeakSet()

    def __init__(self, name: str, ttl: float) -> None:
        self.name, self.ttl = name, ttl
        self.released = False

    async def __aenter__(self) -> "Lease":
        await asyncio.sleep(0)
        Lease.active.add(self)
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        self.released = True
        Lease.active.discard(self)
        return exc_type is asyncio.CancelledError


async def hold(name: str, seconds: float) -> str:
    async with Lease(name, ttl=seconds) as lease, asyncio.timeout(1):
        await asyncio.sleep(seconds)
        return f"{lease.name} done"


async def main():
    tasks = [asyncio.create_task(hold(f"L{i}", 0.01 * i)) for i in range(1, 4)]
    await asyncio.sleep(0.015)
    print("active:", sorted(l.name for l in Lease.active))
    print(await asyncio.gather(*tasks), len(Lease.active))


asyncio.run(main())
