import threading
import time
import weakref
from collections import defaultdict


class SingleFlight:
    """Collapse concurrent computations of the same key into one."""

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[str, threading.Lock] = weakref.WeakValueDictionary()
        self._guard = threading.Lock()
        self._results: dict[str, object] = {}

    def _lock_for(self, key: str) -> threading.Lock:
        with self._guard:
            lock = self._locks.get(key)
            if lock is None:
                lock = self._locks[key] = threading.Lock()
            return lock

    def do(self, key, fn):
        if key in self._results:
            return self._results[key]
        lock = self._lock_for(key)  # keep a strong ref while we use it
        with lock:
            if key not in self._results:
                self._results[key] = fn()
            return self._results[key]


calls = defaultdict(int)


def expensive(key):
    def compute():
        calls[key] += 1
        time.sleep(0.01)
        return key.upper()
    return compute


sf = SingleFlight()
threads = [threading.Thread(target=sf.do, args=(k, expensive(k))) for k in ["a", "b", "a", "a", "b"]]
for t in threads: t.start()
for t in threads: t.join()
print(dict(calls), sorted(sf._results.items()))
