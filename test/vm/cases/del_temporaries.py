class Temp:
    count = 0
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("gone", self.tag)
    def __add__(self, other):
        return Temp(self.tag + "+" + other.tag)
    def __repr__(self):
        return "Temp(" + self.tag + ")"

print("start")
Temp("expr")
print("statement done")
total = Temp("a") + Temp("b")
print("sum is", total)
print(Temp("arg"))
print("printed")
x = Temp("old")
x = Temp("new")
print("rebound")
del x, total
print("end")
