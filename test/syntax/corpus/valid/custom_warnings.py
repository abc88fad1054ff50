import functools
import warnings


class WeakscopeWarning(UserWarning):
    pass


class LeakWarning(WeakscopeWarning):
    pass


def deprecated(reason: str, *, since: str):
    def deco(fn):
        msg = f"{fn.__qualname__} is deprecated since {since}: {reason}"

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            warnings.warn(msg, DeprecationWarning, stacklevel=2)
            return fn(*args, **kwargs)
        return wrapper
    return deco


@deprecated("use track() instead", since="0.4")
def watch(obj):
    return id(obj)


def check_leaks(live: int, threshold: int = 100) -> None:
    if live > threshold:
        warnings.warn(f"{live} objects still alive (threshold {threshold})", LeakWarning)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    watch(object())
    check_leaks(250)
    check_leaks(5)
    warnings.warn("generic", WeakscopeWarning)
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
warnings.filterwarnings("error", category=LeakWarning)
try:
    check_leaks(1000)
except LeakWarning as e:
    print("raised:", e)
