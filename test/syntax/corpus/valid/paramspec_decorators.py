import asyncio
import functools
import inspect
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Concatenate


def timed[**P, R](fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            wrapper.last_ms = (time.perf_counter() - start) * 1e3
    wrapper.last_ms = 0.0
    return wrapper


def with_retries[**P, R](n: int) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Coroutine[Any, Any, R]]]:
    def deco(fn: Callable[P, Awaitable[R]]) -> Callable[P, Coroutine[Any, Any, R]]:
        @functools.wraps(fn)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for i in range(n - 1):
                try:
                    return await fn(*args, **kwargs)
                except Exception:
                    await asyncio.sleep(0)
            return await fn(*args, **kwargs)
        return wrapper
    return deco


class Request:
    user = "zoe"


def inject_request[**P, R](fn: Callable[Concatenate[Request, P], R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return fn(Request(), *args, **kwargs)
    wrapper.__signature__ = inspect.signature(fn).replace(parameters=list(inspect.signature(fn).parameters.values())[1:])
    return wrapper


@timed
def work(n: int, *, scale: float = 1.0) -> float:
    return sum(i * scale for i in range(n))


attempts = 0


@with_retries(3)
async def unstable(x: int) -> int:
    global attempts
    attempts += 1
    if attempts < 3:
        raise RuntimeError("flaky")
    return x * 10


@inject_request
def greet(req: Request, greeting: str = "hi") -> str:
    return f"{greeting}, {req.user}"


print(work(1000, scale=0.5), work.last_ms >= 0, asyncio.run(unstable(4)), attempts, greet("hello"), inspect.signature(greet))
