import gc
import sys
import weakref


class Big:
    pass


def fails():
    big = Big()
    probe = weakref.ref(big)
    try:
        raise ValueError("boom")
    except ValueError as e:
        # e.__traceback__ -> frame -> locals (big, e): a reference cycle.
        saved = e
    return probe, saved


probe, err = fails()
print("alive while error kept:", probe() is not None)
del err
print("alive after del (cycle remains):", probe() is not None)
gc.collect()
print("alive after gc:", probe() is not None)


def careful():
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exception()
        try:
            return type(info).__name__
        finally:
            del info


print(careful())
