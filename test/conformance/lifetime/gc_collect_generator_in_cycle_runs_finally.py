# A suspended generator in a garbage cycle is closed by the collector, so its finally block runs.
import gc
gc.disable()
gc.collect()

class Box:
    pass

def worker(box):
    try:
        yield "working"
    finally:
        print("generator finally during collection")

b = Box()
b.gen = worker(b)
next(b.gen)
del b
print("collecting")
gc.collect()
print("end")
