# Closing the outer generator also closes the inner one it delegates to, innermost finally first.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("end")
