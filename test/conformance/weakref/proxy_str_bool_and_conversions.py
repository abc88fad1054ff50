# str(), bool(), int(), float() and index use go through a proxy; format() with a spec is not forwarded.
import weakref

class Num:
    def __str__(self): return "Num as str"
    def __bool__(self): return False
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __format__(self, spec): return f"formatted[{spec}]"

n = Num()
p = weakref.proxy(n)
print(str(p), bool(p), int(p), float(p))
print("abcdef"[p], [0, 1, 2, 3, 4][p], bin(p))
print(f"{p}", f"{n:>5}")
try:
    format(p, "x")
except TypeError as e:
    print("TypeError:", e)
