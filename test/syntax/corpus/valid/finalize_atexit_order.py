import atexit
import weakref


class Service:
    def __init__(self, name):
        self.name = name


def stop(name):
    print(f"stopping {name}")


services = [Service(n) for n in ("db", "cache", "web")]
fins = [weakref.finalize(s, stop, s.name) for s in services]
fins[1].atexit = False  # the cache is not worth stopping at exit

atexit.register(print, "atexit handler registered last runs first")


@atexit.register
def goodbye():
    print("goodbye from a decorated atexit handler")


print("main done; remaining finalizers run at shutdown, newest first")
