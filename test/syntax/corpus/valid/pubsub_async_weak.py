import asyncio
import weakref
from collections import defaultdict
from collections.abc import Awaitable, Callable

Listener = Callable[[str, object], Awaitable[None]]


class Broker:
    def __init__(self) -> None:
        self._subs: defaultdict[str, list[weakref.WeakMethod]] = defaultdict(list)

    def subscribe(self, topic: str, bound_coro_method: Listener) -> None:
        self._subs[topic].append(weakref.WeakMethod(bound_coro_method))

    async def publish(self, topic: str, msg: object) -> int:
        live = [m for r in self._subs[topic] if (m := r()) is not None]
        self._subs[topic] = [weakref.WeakMethod(m) for m in live]
        await asyncio.gather(*(m(topic, msg) for m in live))
        return len(live)


class Dashboard:
    def __init__(self, name: str) -> None:
        self.name = name
        self.seen: list[object] = []

    async def on_metric(self, topic: str, msg: object) -> None:
        await asyncio.sleep(0)
        self.seen.append(msg)


async def main():
    broker = Broker()
    a, b = Dashboard("a"), Dashboard("b")
    broker.subscribe("cpu", a.on_metric)
    broker.subscribe("cpu", b.on_metric)
    print(await broker.publish("cpu", 0.42))
    del b
    print(await broker.publish("cpu", 0.97), a.seen)


asyncio.run(main())
