# An owner's __del__ runs first and can still use its attributes; they are released after it returns.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("resource", self.name, "released")

class Owner:
    def __init__(self):
        self.res = Res("file")
    def __del__(self):
        print("owner finalizing, still has", self.res.name)

o = Owner()
del o
print("end")
