import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    payload: Any = field(compare=False, default=None)
    cancelled: bool = field(compare=False, default=False)


class Scheduler:
    def __init__(self) -> None:
        self._heap: list[Task] = []
        self._by_name: dict[str, Task] = {}
        self._seq = itertools.count()

    def push(self, name: str, priority: int = 0, payload: Any = None) -> None:
        if name in self._by_name:
            self.cancel(name)
        task = Task(-priority, next(self._seq), name, payload)
        self._by_name[name] = task
        heapq.heappush(self._heap, task)

    def cancel(self, name: str) -> None:
        self._by_name.pop(name).cancelled = True

    def pop(self) -> Task | None:
        while self._heap:
            task = heapq.heappop(self._heap)
            if not task.cancelled:
                del self._by_name[task.name]
                return task
        return None

    def __len__(self) -> int:
        return len(self._by_name)


s = Scheduler()
for name, prio in [("gc", 1), ("render", 5), ("io", 3), ("log", 0), ("render", 2)]:
    s.push(name, prio)
s.cancel("log")
order = []
while (t := s.pop()) is not None:
    order.append((t.name, -t.priority))
print(order, len(s))
