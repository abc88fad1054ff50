# dict operations release replaced and removed keys and values when CPython does.
class T:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"T{self.n}"
    def __del__(self):
        print("free", self.n)
d = {"a": T(1), "b": T(2), "c": T(3)}
print("replace")
d["a"] = T(4)
print("pop")
v = d.pop("b")
print("popped", v)
del v
print("popitem")
k, v = d.popitem()
print("got", k, v)
del k, v
print("update")
d.update({"a": T(5)}, x=T(6))
print("clear")
d.clear()
print("fromkeys shares one value")
f = dict.fromkeys("xyz", T(7))
print(len(f))
del f
print("end")
