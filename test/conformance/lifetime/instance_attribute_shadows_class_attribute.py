# Setting an instance attribute with the same name shadows the class attribute without freeing it.
class Val:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Val", self.n, "freed")

class K:
    v = Val("class")

k = K()
k.v = Val("instance")
print(k.v.n, K.v.n)
del k.v
print("after del, lookup finds", k.v.n)
del k
K.v = None
print("end")
