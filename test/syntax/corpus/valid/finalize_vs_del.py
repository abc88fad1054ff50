import weakref

order = []


class WithDel:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        order.append(f"__del__({self.tag})")


class WithFinalize:
    def __init__(self, tag):
        self.tag = tag
        # Never pass a bound method or a lambda closing over self: that would
        # keep the object alive forever.
        weakref.finalize(self, order.append, f"finalize({tag})")


def scope():
    a = WithDel("a")
    b = WithFinalize("b")
    c = WithDel("c")
    return "leaving scope"


print(scope())
print(order)
