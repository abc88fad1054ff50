# A finalizer can watch a function object; it runs when the function is deleted.
import weakref

def handler():
    return 1

weakref.finalize(handler, print, "handler function freed")
print(handler())
del handler
print("end")
