from collections import deque
from collections.abc import Iterable, Iterator


def sma(xs: Iterable[float], n: int) -> Iterator[float]:
    window: deque[float] = deque(maxlen=n)
    total = 0.0
    for x in xs:
        if len(window) == n:
            total -= window[0]
        window.append(x)
        total += x
        if len(window) == n:
            yield total / n


def ema(xs: Iterable[float], alpha: float) -> Iterator[float]:
    assert 0 < alpha <= 1, "alpha must be in (0, 1]"
    avg = None
    for x in xs:
        avg = x if avg is None else alpha * x + (1 - alpha) * avg
        yield avg


prices = [10, 11, 12, 11, 13, 15, 14, 16, 18, 17]
print([round(v, 2) for v in sma(prices, 3)])
print([round(v, 2) for v in ema(prices, 0.5)])
crossings = [i for i, (a, b) in enumerate(zip(sma(prices, 2), sma(prices[1:], 2))) if (a < b)]
print(crossings)
