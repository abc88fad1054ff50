# Functions as keys: per-function metadata that disappears once the function and every wrapper holding it are gone.
import weakref

calls = weakref.WeakKeyDictionary()

def counted(fn):
    calls[fn] = 0
    def wrapper(*a):
        calls[fn] += 1
        return fn(*a)
    return wrapper

def square(x):
    return x * x

wrapped = counted(square)
print(wrapped(3), wrapped(4), calls[square])
del square
print(len(calls))
del wrapped
print(len(calls))
