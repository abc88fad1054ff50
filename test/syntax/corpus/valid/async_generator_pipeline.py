import asyncio


async def ticker(n, delay=0.0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def amap(fn, aiter):
    async for item in aiter:
        yield await fn(item) if asyncio.iscoroutinefunction(fn) else fn(item)


async def afilter(pred, aiter):
    async for item in aiter:
        if pred(item):
            yield item


async def square(x):
    return x * x


async def batched(aiter, size):
    batch = []
    async for item in aiter:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


async def main():
    evens = afilter(lambda x: not x % 2, ticker(20))
    squares = amap(square, evens)
    async for group in batched(squares, 3):
        print(group)
    total = sum([x async for x in ticker(5)])
    nested = [[y async for y in ticker(x)] for x in range(3)]
    lookup = {x: [y async for y in ticker(x)] async for x in ticker(3) if x}
    print(total, nested, lookup)
    print(await anext(ticker(3)), [await square(i) for i in range(3)])


asyncio.run(main())
