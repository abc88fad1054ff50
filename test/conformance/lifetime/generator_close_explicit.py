# gen.close() raises GeneratorExit at the yield; later next() raises StopIteration.
def worker():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")

g = worker()
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
g.close()
print("second close is a no-op")
