import asyncio
import contextlib
import weakref


class Conn:
    def __init__(self, n):
        self.n = n
        self.closed = False

    async def query(self, sql):
        await asyncio.sleep(0)
        return f"conn{self.n}: {sql}"

    async def aclose(self):
        self.closed = True


class Pool:
    def __init__(self, size=2):
        self._free = asyncio.Queue()
        self._all = weakref.WeakSet()
        for i in range(size):
            c = Conn(i)
            self._all.add(c)
            self._free.put_nowait(c)

    @contextlib.asynccontextmanager
    async def acquire(self):
        conn = await self._free.get()
        try:
            yield conn
        finally:
            await self._free.put(conn)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        for c in list(self._all):
            await c.aclose()


async def main():
    async with Pool(2) as pool:
        async def job(i):
            async with pool.acquire() as conn:
                return await conn.query(f"select {i}")
        results = await asyncio.gather(*(job(i) for i in range(5)))
    print(results)


asyncio.run(main())
