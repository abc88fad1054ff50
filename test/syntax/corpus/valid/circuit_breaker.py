import enum
import functools
import time


class State(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpen(RuntimeError):
    pass


class CircuitBreaker:
    def __init__(self, threshold=3, reset_after=30.0, *, clock=time.monotonic):
        self.threshold, self.reset_after, self.clock = threshold, reset_after, clock
        self.state = State.CLOSED
        self.failures = 0
        self.opened_at = 0.0

    def __call__(self, fn):
        @functools.wraps(fn)
        def guarded(*args, **kwargs):
            if self.state is State.OPEN:
                if self.clock() - self.opened_at >= self.reset_after:
                    self.state = State.HALF_OPEN
                else:
                    raise CircuitOpen(f"{fn.__name__} is failing; try later")
            try:
                result = fn(*args, **kwargs)
            except Exception:
                self.failures += 1
                if self.state is State.HALF_OPEN or self.failures >= self.threshold:
                    self.state, self.opened_at = State.OPEN, self.clock()
                raise
            else:
                self.state, self.failures = State.CLOSED, 0
                return result
        guarded.breaker = self
        return guarded


now = [0.0]


@CircuitBreaker(threshold=2, reset_after=10, clock=lambda: now[0])
def flaky(ok):
    if not ok:
        raise IOError("down")
    return "up"


for ok, t in [(False, 0), (False, 1), (True, 2), (True, 12), (False, 13), (True, 14)]:
    now[0] = t
    try:
        print(t, flaky(ok), flaky.breaker.state.value)
    except (IOError, CircuitOpen) as e:
        print(t, type(e).__name__, e, flaky.breaker.state.value)
