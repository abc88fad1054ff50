# __exit__ returning True swallows the exception; returning False lets it propagate.
class Suppress:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__ if et else None, "swallow:", self.swallow)
        return self.swallow

with Suppress(True):
    raise ValueError("quiet")
print("continued after swallowed error")
try:
    with Suppress(False):
        raise ValueError("loud")
except ValueError as e:
    print("propagated:", e)
