# wraps / update_wrapper copy metadata and set __wrapped__.
import functools
def trace(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        print("->", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner
@trace
def greet(name, punct="!"):
    "Say hello."
    return "hello " + name + punct
print(greet("ann"), greet("bo", punct="?"))
print(greet.__name__, greet.__qualname__, greet.__wrapped__("raw"))
def plain(x):
    return x
def wrapper(x):
    return plain(x) * 2
functools.update_wrapper(wrapper, plain)
print(wrapper.__name__, wrapper(4), wrapper.__wrapped__ is plain)
