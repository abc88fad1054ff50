# Objects still referenced by module globals at exit get their __del__ called during shutdown.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("shutdown finalizes", self.name)

a = Res("a")
b = Res("b")
c = Res("c")
print("end of script")
