# gc.callbacks are called with "start" and "stop" and an info dict around each collection.
import gc
gc.disable()
gc.collect()
events = []

def cb(phase, info):
    events.append((phase, info["generation"], info.get("collected"), info.get("uncollectable")))

gc.callbacks.append(cb)
a = []
a.append(a)
del a
gc.collect()
gc.callbacks.remove(cb)
for e in events:
    print(e)
