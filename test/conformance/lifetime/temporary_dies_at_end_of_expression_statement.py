# A temporary object created in an expression statement is freed as soon as that statement ends.
class Temp:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("free", self.name)

print("before")
Temp("t1")
print("after t1 statement")
Temp("t2").name
print("after t2 statement")
len([Temp("t3")])
print("end")
