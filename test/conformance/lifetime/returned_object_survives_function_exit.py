# The object returned from a function outlives the function's other locals.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("res", self.name, "freed")

def make():
    scratch = Res("scratch")
    keep = Res("keep")
    print("making")
    return keep

kept = make()
print("caller holds", kept.name)
del kept
print("end")
