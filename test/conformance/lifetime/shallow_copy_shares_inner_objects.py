# list.copy and dict.copy are shallow: inner objects are shared and live until every copy lets go.
class Inner:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("inner", self.n, "freed")

orig = [Inner(1), Inner(2)]
copy = orig.copy()
print(copy[0] is orig[0])
orig.clear()
print("original cleared")
d = {"x": Inner(3)}
dc = dict(d)
del d
print("dict deleted, copy holds", dc["x"].n)
dc = None
copy = None
print("end")
