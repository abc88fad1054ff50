# A generator's return value travels in StopIteration.value and yield from returns it.
def inner():
    yield "a"
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "b"

print(list(outer()))
g = inner()
next(g)
try:
    next(g)
except StopIteration as s:
    print("value:", s.value)
