# PEP 442: __del__ runs only once, even if the object is resurrected and dies again later.
class Phoenix:
    saved = None
    calls = 0
    def __del__(self):
        Phoenix.calls += 1
        print("__del__ call number", Phoenix.calls)
        Phoenix.saved = self

p = Phoenix()
del p
print("resurrected:", Phoenix.saved is not None)
Phoenix.saved = None
print("dropped again, calls =", Phoenix.calls)
