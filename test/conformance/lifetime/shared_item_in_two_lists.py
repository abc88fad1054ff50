# An object in two lists survives the death of the first list and dies with the second.
class S:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("S", self.n, "died")

shared = S("shared")
one = [S("only1"), shared]
two = [shared, S("only2")]
del shared
print("drop one")
del one
print("drop two")
del two
print("end")
