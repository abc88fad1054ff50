# In a chained comparison the middle operand is evaluated once and every operand object dies after the statement.
class N:
    def __init__(self, v):
        self.v = v
        print("make", v)
    def __lt__(self, o):
        print("compare", self.v, "<", o.v)
        return self.v < o.v
    def __del__(self):
        print("free", self.v)

print(N(1) < N(2) < N(3))
print("---")
print(N(5) < N(4) < N(6))
