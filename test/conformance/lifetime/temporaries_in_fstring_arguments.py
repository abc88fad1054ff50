# Objects created inside f-string replacement fields die once the string is built.
class T:
    def __init__(self, n):
        self.n = n
    def __format__(self, spec):
        return f"T{self.n}:{spec}"
    def __str__(self):
        return f"<T {self.n}>"
    def __del__(self):
        print("T", self.n, "freed")

s = f"{T(1)} and {T(2):x}"
print(s)
print(f"[{T(3)!s:>8}]")
t = T(4)
print(f"{t} kept")
del t
