# While the exit-time finalizers run the collector is disabled; afterwards finalizers no longer run
# (not even when their object dies later in shutdown).
import gc
import weakref

class O:
    pass

def report():
    print("at exit: gc enabled?", gc.isenabled(), "shutdown flag:", weakref.finalize._shutdown)

keep = O()
weakref.finalize(keep, report)
late = O()
f = weakref.finalize(late, print, "never printed")
f.atexit = False
print("main done; gc enabled?", gc.isenabled())
