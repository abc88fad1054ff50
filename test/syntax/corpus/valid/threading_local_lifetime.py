import threading
import weakref

local = threading.local()
finalized = []


class Connection:
    def __init__(self, owner):
        self.owner = owner


def worker(name):
    local.conn = Connection(name)
    weakref.finalize(local.conn, finalized.append, name)
    local.counter = getattr(local, "counter", 0) + 1


threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(finalized), hasattr(local, "conn"))
