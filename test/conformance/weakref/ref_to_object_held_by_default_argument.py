# An object stored as a function default stays reachable through a weak reference until the function is redefined.
import weakref

class Conf:
    pass

def handler(conf=Conf()):
    return conf

r = weakref.ref(handler())
print("alive via default:", r() is not None)
def handler(conf=None):
    return conf
print("after redefining the function:", r())
