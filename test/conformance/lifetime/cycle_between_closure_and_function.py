# A nested function referring to itself through its enclosing scope's cell forms a cycle.
import gc
gc.disable()
gc.collect()

class Flag:
    def __del__(self):
        print("flag freed")

def make():
    flag = Flag()
    def recurse(n):
        return 0 if n == 0 else recurse(n - 1) + (flag is not None)
    return recurse

r = make()
print(r(3))
del r
print("deleted; recurse cell cycle keeps flag")
print("collected something:", gc.collect() > 0)
