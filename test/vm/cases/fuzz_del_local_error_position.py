# A `del` of an unbound local points its traceback carets at that name.
# Found by the differential fuzzer (scripts/fuzz).
def f():
    a = 1
    del a, y
    y = 1

f()
