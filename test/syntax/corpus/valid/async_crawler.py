import asyncio
import random
from collections.abc import AsyncIterator
from urllib.parse import urljoin

FAKE_WEB = {
    "/": ["/about", "/blog"],
    "/about": ["/"],
    "/blog": ["/blog/1", "/blog/2", "/missing"],
    "/blog/1": ["/blog/2"],
    "/blog/2": [],
}


async def fetch(path: str) -> list[str]:
    await asyncio.sleep(random.random() / 100)
    if path not in FAKE_WEB:
        raise LookupError(path)
    return FAKE_WEB[path]


async def crawl(start: str, *, limit: int = 10, concurrency: int = 3) -> AsyncIterator[tuple[str, int]]:
    seen = {start}
    queue: asyncio.Queue[str] = asyncio.Queue()
    await queue.put(start)
    sem = asyncio.Semaphore(concurrency)

    async def visit(path):
        async with sem:
            try:
                links = await fetch(path)
            except LookupError:
                return path, -1, []
            return path, len(links), links

    while not queue.empty() and len(seen) <= limit:
        batch = [queue.get_nowait() for _ in range(queue.qsize())]
        for coro in asyncio.as_completed([visit(p) for p in batch]):
            path, n, links = await coro
            yield path, n
            for link in links:
                if (full := urljoin(path, link)) not in seen:
                    seen.add(full)
                    await queue.put(full)


async def main():
    report = [f"{path:<10} {n:>3}" async for path, n in crawl("/")]
    broken = {p async for p, n in crawl("/blog") if n < 0}
    print(*sorted(report), sep="\n")
    print("broken:", broken)


if __name__ == "__main__":
    asyncio.run(main())
