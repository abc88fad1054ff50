# Decorators with and without arguments wrapping functions and counting calls.
def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@count_calls
def square(x):
    return x * x

@repeat(3)
def shout(w):
    return w.upper()

print(square(3), square(4), square.calls)
print(shout("hey"))
