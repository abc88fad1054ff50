# Locals of a function are released when the function returns, in an order CPython decides.
class Local:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("local", self.name, "released")

def work():
    first = Local("first")
    second = Local("second")
    third = Local("third")
    print("work returning")
    return "ok"

print(work())
print("after call")
