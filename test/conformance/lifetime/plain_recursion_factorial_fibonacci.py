# Recursive factorial and Fibonacci (with functools.lru_cache) including big results.
import functools

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fact(i) for i in range(8)])
print(fact(30))
print([fib(i) for i in range(15)])
print(fib(90))
print(fib.cache_info())
