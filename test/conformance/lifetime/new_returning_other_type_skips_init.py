# When __new__ returns an object that is not an instance of the class, __init__ is skipped.
class Weird:
    def __new__(cls, value):
        if value < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, value):
        print("init with", value)
        self.value = value

a = Weird(5)
b = Weird(-1)
print(type(a).__name__, a.value)
print(type(b).__name__, b)
