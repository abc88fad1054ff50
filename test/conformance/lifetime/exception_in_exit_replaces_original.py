# An exception raised inside __exit__ replaces the original one, which becomes its __context__.
class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("exit failed")

try:
    with Faulty():
        raise KeyError("body failed")
except RuntimeError as e:
    print("got", repr(e), "context", repr(e.__context__))
