# singledispatch: registering implementations by class and dispatching along the MRO.
from functools import singledispatch
@singledispatch
def describe(x):
    return "thing " + repr(x)
@describe.register(int)
def _(x):
    return "int " + str(x)
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
describe.register(float, lambda x: "float %.1f" % x)
print(describe(3), describe(True), describe([1, 2]), describe(2.5), describe("s"), describe.dispatch(bool).__name__, describe.__name__)
try:
    describe()
except TypeError as e:
    print(e)
