# gc.get_objects() includes tracked user instances; counting by type tracks creation and collection.
import gc
gc.disable()
gc.collect()

class Tracked:
    def __init__(self):
        self.me = self

def count():
    return sum(1 for o in gc.get_objects() if type(o) is Tracked)

print("start:", count())
objs = [Tracked() for _ in range(5)]
print("five made:", count())
del objs
print("after del (cycles remain):", count())
gc.collect()
print("after collect:", count())
