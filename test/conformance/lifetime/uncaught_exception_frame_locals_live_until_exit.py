# After an uncaught exception, locals of the failing frames stay alive (via the traceback) until shutdown.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("res", self.name, "finalized")

def inner():
    r = Res("inner local")
    raise RuntimeError("crash")

def outer():
    r = Res("outer local")
    inner()

g = Res("global")
outer()
