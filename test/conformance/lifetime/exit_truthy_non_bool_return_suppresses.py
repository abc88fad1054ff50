# Any truthy __exit__ return value suppresses the exception, not only True.
class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return self.ret

for ret in [1, "yes", [0], 0, "", None]:
    try:
        with CM(ret):
            raise LookupError("x")
        print(repr(ret), "suppressed")
    except LookupError:
        print(repr(ret), "propagated")
