import contextlib
import io
import threading
from pathlib import Path

lock_a = threading.Lock()
lock_b = threading.RLock()


def copy_upper(src: Path, dst: Path) -> int:
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        data = fin.read()
        return fout.write(data.upper())


def transfer(a: dict, b: dict, key: str, amount: int) -> None:
    with (
        lock_a,
        lock_b as held,
        contextlib.suppress(KeyError),
    ):
        a[key] -= amount
        b[key] = b.get(key, 0) + amount
        assert held is True or held is None or held, "lock_b should be held"


def capture(fn, *args):
    with (contextlib.redirect_stdout(io.StringIO()) as out,
          contextlib.redirect_stderr(io.StringIO()) as err):
        fn(*args)
    return out.getvalue(), err.getvalue()


with (open(__file__) as f):
    first = f.readline()

with (
    contextlib.ExitStack() as stack
):
    files = [stack.enter_context(io.StringIO(f"file {i}")) for i in range(3)]
    print([f.read() for f in files])

with contextlib.nullcontext(5) as five, contextlib.nullcontext() as nothing: pass

accounts_a, accounts_b = {"x": 10}, {}
transfer(accounts_a, accounts_b, "x", 4)
print(accounts_a, accounts_b, capture(print, "hi"), five, nothing)
