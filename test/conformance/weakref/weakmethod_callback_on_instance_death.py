# A WeakMethod's callback fires when the instance dies, receiving the WeakMethod.
import weakref

class Handler:
    def handle(self):
        pass

def gone(wm):
    print("callback: method target gone, type", type(wm).__name__, "call gives", wm())

h = Handler()
wm = weakref.WeakMethod(h.handle, gone)
del h
print("end")
