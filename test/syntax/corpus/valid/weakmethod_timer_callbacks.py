import heapq
import itertools
import weakref


class Scheduler:
    """Calls bound methods later, unless their object has died in the meantime."""

    def __init__(self):
        self.now = 0.0
        self._queue = []
        self._seq = itertools.count()

    def call_later(self, delay, method, *args):
        ref = weakref.WeakMethod(method)
        heapq.heappush(self._queue, (self.now + delay, next(self._seq), ref, args))

    def advance(self, dt):
        self.now += dt
        fired = skipped = 0
        while self._queue and self._queue[0][0] <= self.now:
            _, _, ref, args = heapq.heappop(self._queue)
            if (bound := ref()) is None:
                skipped += 1
                continue
            bound(*args)
            fired += 1
        return fired, skipped


class Blinker:
    def __init__(self, sched, name):
        self.sched, self.name, self.on = sched, name, False

    def toggle(self, period):
        self.on = not self.on
        print(f"t={self.sched.now:4.1f} {self.name} {'on' if self.on else 'off'}")
        self.sched.call_later(period, self.toggle, period)


s = Scheduler()
fast, slow = Blinker(s, "fast"), Blinker(s, "slow")
fast.toggle(0.5)
slow.toggle(1.5)
print(s.advance(2.0))
del fast
print(s.advance(2.0))
