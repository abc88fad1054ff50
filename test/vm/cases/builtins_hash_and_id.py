# hash() consistency, unhashable types, and objects used as dict keys.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and other.x == self.x
    def __hash__(self):
        return hash(self.x)
class NoHash:
    def __eq__(self, other):
        return True
d = {P(1): "one", P(2): "two"}
print(d[P(1)], P(3) in d, hash(P(5)) == hash(5), len({P(1), P(1), P(2)}))
for bad in (NoHash(), [1], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
