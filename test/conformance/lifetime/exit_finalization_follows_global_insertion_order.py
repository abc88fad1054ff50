# At exit, objects held only by module globals are finalized in the order their names were first bound.
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("exit-finalize", self.name)

zeta = R("zeta")
alpha = R("alpha")
mid = R("mid")
zeta = R("zeta2")
later = R("later")
print("end of main")
