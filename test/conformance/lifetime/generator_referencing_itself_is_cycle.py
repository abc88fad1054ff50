# A generator whose frame references the generator itself forms a cycle that only gc can reclaim.
import gc
gc.disable()

def gen():
    me = yield
    try:
        yield "holding myself"
    finally:
        print("generator finalized, me is generator:", type(me).__name__)

g = gen()
next(g)
print(g.send(g))
del g
print("deleted name; cycle still alive")
gc.collect()
print("end")
