# __str__ is used by print and str(), __repr__ by repr(), containers and !r.
class Both:
    def __str__(self):
        return "friendly"
    def __repr__(self):
        return "Both()"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"

b = Both()
o = OnlyRepr()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(o, str(o), [o])
print(f"{b} {b!r} {o}")
print("%s %r" % (b, b))
