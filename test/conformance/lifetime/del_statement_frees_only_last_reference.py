# del removes a name; the object dies only when its final reference is gone.
class Thing:
    def __del__(self):
        print("Thing finalized")

a = Thing()
b = a
c = [a]
print("del a")
del a
print("del b")
del b
print("clear list")
c.clear()
print("after clear")
