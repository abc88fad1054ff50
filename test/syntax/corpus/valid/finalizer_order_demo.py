import weakref

events = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append(f"__del__ {self.name}")


r = Resource("db")
w1 = weakref.ref(r, lambda _: events.append("ref #1 callback"))
fin = weakref.finalize(r, events.append, "finalize callback")
w2 = weakref.ref(r, lambda _: events.append("ref #2 callback"))

del r
print(*events, sep="\n")
print(f"{fin.alive = }", f"{w1() is None = }", f"{w2() is None = }")
