# del with several targets releases them left to right.
class Named:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("bye", self.n)

p = Named("p")
q = Named("q")
r = Named("r")
del q, r, p
print("all deleted")
