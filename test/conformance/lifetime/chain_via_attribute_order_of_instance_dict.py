# The order in which an instance's attributes are released when it dies, after one of them was reassigned.
class Part:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("part", self.n)

class Machine:
    def __init__(self):
        self.engine = Part("engine")
        self.wheels = Part("wheels")
        self.seat = Part("seat")
    def __del__(self):
        print("machine")

m = Machine()
m.wheels = Part("new wheels")
print("drop machine")
del m
print("end")
