# A return inside a generator's try still runs finally before StopIteration reaches the caller.
def g():
    try:
        yield 1
        return "done"
    finally:
        print("finally before stop")

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stopped with", e.value)
