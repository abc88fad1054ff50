from collections import UserList
from typing import Callable

Listener = Callable[[str, int, object], None]


class ObservableList(UserList):
    def __init__(self, *args):
        super().__init__(*args)
        self._listeners: list[Listener] = []

    def subscribe(self, fn: Listener) -> Callable[[], None]:
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn)

    def _emit(self, action, index, value):
        for fn in tuple(self._listeners):
            fn(action, index, value)

    def append(self, item):
        super().append(item)
        self._emit("insert", len(self) - 1, item)

    def __setitem__(self, i, item):
        super().__setitem__(i, item)
        self._emit("replace", i, item)

    def __delitem__(self, i):
        value = self[i]
        super().__delitem__(i)
        self._emit("delete", i, value)


log = []
xs = ObservableList([1, 2])
unsubscribe = xs.subscribe(lambda *e: log.append(e))
xs.append(3)
xs[0] = 10
del xs[1]
unsubscribe()
xs.append(99)
print(xs, log)
