import asyncio
import random


async def with_backoff(coro_factory, *, attempts=5, base=0.01, cap=0.2, retry_on=(ConnectionError,)):
    delay = base
    for attempt in range(1, attempts + 1):
        try:
            return await coro_factory()
        except retry_on as exc:
            if attempt == attempts:
                raise RuntimeError(f"gave up after {attempts} attempts") from exc
            jitter = random.uniform(0, delay)
            print(f"attempt {attempt} failed ({exc}); sleeping {jitter:.3f}s")
            await asyncio.sleep(jitter)
            delay = min(cap, delay * 2)


failures = 3


async def unreliable():
    global failures
    if failures:
        failures -= 1
        raise ConnectionError("connection reset")
    return "payload"


print(asyncio.run(with_backoff(unreliable)))
