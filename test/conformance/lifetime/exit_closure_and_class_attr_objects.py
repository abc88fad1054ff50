# Objects held only by a closure cell or a class attribute are still finalized at exit.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalized", self.name)

class Holder:
    item = Res("class attribute")

def make():
    r = Res("closure cell")
    return lambda: r

f = make()
print("main done")
