import weakref
from weakref import WeakMethod


class Signal:
    """Holds listeners weakly so a listener can die without unsubscribing."""

    def __init__(self, name):
        self.name = name
        self._slots = []

    def connect(self, callback):
        if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
            ref = WeakMethod(callback, self._on_dead)
        else:
            ref = weakref.ref(callback, self._on_dead)
        self._slots.append(ref)
        return ref

    def _on_dead(self, ref):
        try:
            self._slots.remove(ref)
        except ValueError:
            pass

    def emit(self, *args, **kwargs):
        for ref in list(self._slots):
            if (fn := ref()) is not None:
                fn(*args, **kwargs)


class Thermometer:
    changed = None

    def __init__(self):
        self.changed = Signal("changed")
        self._celsius = 20.0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        old, self._celsius = self._celsius, value
        self.changed.emit(old, value)


class Display:
    def __init__(self, label):
        self.label = label

    def show(self, old, new):
        print(f"[{self.label}] {old:.1f} -> {new:.1f} °C")


t = Thermometer()
d = Display("kitchen")
t.changed.connect(d.show)
t.celsius = 21.5
del d
t.celsius = 19.0
