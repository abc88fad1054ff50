import contextlib
import os
import tempfile
import threading
import warnings

state_lock = threading.Lock()
log_lock = threading.Lock()


@contextlib.contextmanager
def chdir_temp():
    old = os.getcwd()
    with tempfile.TemporaryDirectory() as d:
        os.chdir(d)
        try:
            yield d
        finally:
            os.chdir(old)


with state_lock, log_lock:
    print("holding two locks")

with chdir_temp() as where, open("a.txt", "w") as a, open("b.txt", "w") as b:
    a.write("A"), b.write("B")
    print(sorted(os.listdir(where)))

with (
    warnings.catch_warnings(record=True) as caught,
    contextlib.suppress(ZeroDivisionError),
):
    warnings.simplefilter("always")
    warnings.warn("deprecated thing", DeprecationWarning)
    1 / 0
print(len(caught), caught[0].category.__name__)

with (contextlib.nullcontext("x") as x, contextlib.nullcontext("y") as y,
      contextlib.nullcontext("z")):
    print(x + y)

with (
    open(os.devnull) as devnull
):
    print(devnull.read() == "")

with (state_lock):
    pass

with contextlib.ExitStack() as stack, (
    contextlib.nullcontext()
) as nothing:
    stack.callback(print, "exit stack unwound")
