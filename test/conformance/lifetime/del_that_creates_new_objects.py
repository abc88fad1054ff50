# __del__ may create and print new objects; those short-lived objects are freed within it.
class Temp:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("temp", self.n, "freed")

class Maker:
    def __del__(self):
        print("maker dying, making temp")
        Temp(99)
        print("maker done")

Maker()
print("end")
