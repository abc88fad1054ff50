# Only the chosen branch of a conditional expression creates an object.
class Branch:
    def __init__(self, name):
        self.name = name
        print("built", name)
    def __del__(self):
        print("freed", self.name)

flag = True
x = Branch("yes") if flag else Branch("no")
flag = False
y = Branch("yes2") if flag else Branch("no2")
print("have", x.name, y.name)
del x
del y
