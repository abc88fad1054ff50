# A `del` of an unbound global points its traceback carets at that name, in a list of targets too.
# Found by the differential fuzzer (scripts/fuzz).
a = 1
b = 2
del a, b, c
