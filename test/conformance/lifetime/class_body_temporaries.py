# Objects created in a class body survive only if bound to a name in the class namespace.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("T", self.n, "freed")

class Holder:
    kept = T("kept")
    T("temporary in class body")
    scratch = T("scratch")
    del scratch
    print("class body finished")

print("class created")
del Holder.kept
print("end")
