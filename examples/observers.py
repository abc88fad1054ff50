# Observers held through WeakMethod: a subject that does not keep its listeners alive.
import weakref


class Subject:
    def __init__(self):
        self._observers = []

    def subscribe(self, method):
        # A plain reference to `method` would keep its object alive; a bound method made on the
        # fly dies at once, so weakref.ref(method) would be dead immediately. WeakMethod is right.
        self._observers.append(weakref.WeakMethod(method, self._forget))

    def _forget(self, dead):
        print("an observer went away")
        self._observers.remove(dead)

    def notify(self, event):
        for ref in list(self._observers):
            method = ref()
            if method is not None:
                method(event)


class Logger:
    def __init__(self, name):
        self.name = name

    def on_event(self, event):
        print(self.name, "saw", event)


subject = Subject()
first = Logger("first")
second = Logger("second")
subject.subscribe(first.on_event)
subject.subscribe(second.on_event)
subject.notify("start")

del first                 # nothing else holds it: its WeakMethod dies and the callback runs
subject.notify("stop")
print(len(subject._observers), "observer left")
