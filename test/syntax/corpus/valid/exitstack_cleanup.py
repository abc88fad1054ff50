import contextlib
import io


class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name)


def open_all(names, failing=()):
    with contextlib.ExitStack() as stack:
        opened = [stack.enter_context(Resource(n, n in failing)) for n in names]
        stack.callback(print, "all callbacks run in LIFO order")
        buffers = [stack.enter_context(io.StringIO()) for _ in opened]
        # transfer ownership to the caller on success
        return stack.pop_all(), opened, buffers


cleanup, resources, _ = open_all(["a", "b"])
print("using", [r.name for r in resources])
cleanup.close()
try:
    open_all(["x", "y", "z"], failing={"z"})
except OSError as e:
    print("failed:", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


with tag("ul"), tag("li"):
    print("item")
