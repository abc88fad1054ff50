import functools
import logging
import time

log = logging.getLogger(__name__)


def retry(times=3, *, exceptions=(Exception,), delay=0.0):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    log.warning("attempt %d/%d of %s failed: %s", attempt, times, fn.__name__, e)
                    if attempt == times:
                        raise
                    time.sleep(delay)
        return wrapper
    return decorator


def timed(fn=None, /, *, unit="ms"):
    if fn is None:
        return functools.partial(timed, unit=unit)
    scale = {"s": 1, "ms": 1e3, "us": 1e6}[unit]

    @functools.wraps(fn)
    def wrapper(*a, **kw):
        t0 = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            print(f"{fn.__qualname__} took {(time.perf_counter() - t0) * scale:.3f}{unit}")
    return wrapper


registry = {}
register = lambda name: lambda fn: registry.setdefault(name, fn)

flaky_state = iter([True, True, False])


@register("flaky")
@timed(unit="us")
@retry(times=3, exceptions=(ConnectionError, TimeoutError))
def flaky():
    if next(flaky_state):
        raise ConnectionError("nope")
    return "finally"


@timed
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib.__wrapped__(n - 1) + fib.__wrapped__(n - 2)


@(lambda f: f)
@registry.get("missing", lambda f: f)
def identity(x):
    return x


print(flaky(), fib(20), identity(1), list(registry))
