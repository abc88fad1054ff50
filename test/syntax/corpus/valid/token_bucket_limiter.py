import time
from threading import Lock


class TokenBucket:
    def __init__(self, rate: float, capacity: int, clock=time.monotonic) -> None:
        self.rate = rate
        self.capacity = capacity
        self._tokens = float(capacity)
        self._clock = clock
        self._last = clock()
        self._lock = Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def try_acquire(self, n: int = 1) -> bool:
        with self._lock:
            self._refill()
            if self._tokens >= n:
                self._tokens -= n
                return True
            return False

    def wait_time(self, n: int = 1) -> float:
        with self._lock:
            self._refill()
            return max(0.0, (n - self._tokens) / self.rate)


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


clock = FakeClock()
bucket = TokenBucket(rate=2, capacity=5, clock=clock)
print([bucket.try_acquire() for _ in range(7)])
clock.t += 1.5
print(bucket.try_acquire(3), f"{bucket.wait_time(4):.2f}s")
