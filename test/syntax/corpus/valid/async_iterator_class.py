import asyncio


class AsyncRange:
    def __init__(self, start, stop=None, step=1, *, delay=0.0):
        if stop is None:
            start, stop = 0, start
        self.start, self.stop, self.step, self.delay = start, stop, step, delay

    def __aiter__(self):
        self._current = self.start
        return self

    async def __anext__(self):
        if (self.step > 0 and self._current >= self.stop) or (self.step < 0 and self._current <= self.stop):
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        value, self._current = self._current, self._current + self.step
        return value


class Paginator:
    def __init__(self, pages):
        self.pages = pages

    async def fetch(self, n):
        await asyncio.sleep(0)
        return self.pages[n] if n < len(self.pages) else None

    async def __aiter__(self):
        n = 0
        while (page := await self.fetch(n)) is not None:
            for item in page:
                yield item
            n += 1


async def main():
    print([x async for x in AsyncRange(5)], [x async for x in AsyncRange(10, 0, -3)])
    items = [i async for i in Paginator([[1, 2], [3], [], [4, 5]])]
    evens = {i: i * i async for i in Paginator([[1, 2, 3, 4]]) if i % 2 == 0}
    print(items, evens)
    async for i in AsyncRange(3):
        if i == 1:
            continue
        print("item", i)
    else:
        print("loop finished without break")


asyncio.run(main())
