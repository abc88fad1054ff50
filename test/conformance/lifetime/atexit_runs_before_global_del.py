# atexit handlers run before module globals are torn down, so they still see live objects.
import atexit

class Res:
    def __del__(self):
        print("Res.__del__ during teardown")

r = Res()

def handler():
    print("atexit handler sees r:", type(r).__name__)

atexit.register(handler)
print("main done")
