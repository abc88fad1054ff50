# iter() with a sentinel, next() with defaults, and iterator exhaustion.
data = [3, 1, 4, 0, 5]
pos = -1
def read():
    global pos
    pos += 1
    return data[pos]
print(list(iter(read, 0)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
counter = iter(lambda: "x", "x")
print(list(counter))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
for call in (lambda: iter(5), lambda: next([1]), lambda: iter(5, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
