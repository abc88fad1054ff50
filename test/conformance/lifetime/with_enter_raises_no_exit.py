# If __enter__ raises, __exit__ is not called for that manager, but earlier managers still exit.
class Good:
    def __enter__(self):
        print("good enter")
    def __exit__(self, *a):
        print("good exit, exception type:", a[0].__name__)

class Bad:
    def __enter__(self):
        print("bad enter raising")
        raise OSError("cannot open")
    def __exit__(self, *a):
        print("bad exit (never)")

try:
    with Good(), Bad():
        print("body (never)")
except OSError as e:
    print("caught", e)
