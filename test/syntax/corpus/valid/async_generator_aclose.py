import asyncio
import weakref

log = []


class Stream:
    def __init__(self, name):
        self.name = name
        self.closed = False

    async def close(self):
        await asyncio.sleep(0)
        self.closed = True
        log.append(f"closed {self.name}")


async def lines(stream: Stream):
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield f"{stream.name}:{i}"
    finally:
        await stream.close()


async def main():
    s = Stream("a")
    gen = lines(s)
    async for line in gen:
        if line.endswith(":2"):
            break
    await gen.aclose()

    s2 = Stream("b")
    gen2 = lines(s2)
    print(await gen2.__anext__(), await anext(gen2))
    probe = weakref.ref(gen2)
    await gen2.aclose()
    del gen2
    print(s.closed, s2.closed, probe(), log)


asyncio.run(main())
