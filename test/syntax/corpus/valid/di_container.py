import inspect
from typing import Any, Callable, get_type_hints


class Container:
    def __init__(self) -> None:
        self._factories: dict[type, tuple[Callable[..., Any], bool]] = {}
        self._singletons: dict[type, Any] = {}

    def register(self, iface: type, factory: Callable[..., Any] | None = None, *, singleton: bool = False) -> None:
        self._factories[iface] = (factory or iface, singleton)

    def resolve[T](self, iface: type[T]) -> T:
        if iface in self._singletons:
            return self._singletons[iface]
        factory, singleton = self._factories.get(iface, (iface, False))
        hints = get_type_hints(factory.__init__ if inspect.isclass(factory) else factory)
        hints.pop("return", None)
        deps = {name: self.resolve(tp) for name, tp in hints.items()}
        obj = factory(**deps)
        if singleton:
            self._singletons[iface] = obj
        return obj


class Clock:
    def now(self) -> float:
        return 1_700_000_000.0


class Repo:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.rows: list[tuple[float, str]] = []

    def add(self, text: str) -> None:
        self.rows.append((self.clock.now(), text))


class Service:
    def __init__(self, repo: Repo, clock: Clock) -> None:
        self.repo, self.clock = repo, clock


c = Container()
c.register(Clock, singleton=True)
c.register(Repo, singleton=True)
svc = c.resolve(Service)
svc.repo.add("hello")
print(svc.clock is svc.repo.clock, c.resolve(Repo).rows)
