# A generator expression keeps only the iterator of its source; the source object itself can die at once.
class Src:
    def __init__(self):
        self.data = [1, 2, 3]
    def __iter__(self):
        return iter(self.data)
    def __del__(self):
        print("source freed")

ge = (x * x for x in Src())
print("made genexpr")
print(next(ge))
print(list(ge))
print("exhausted")
del ge
print("end")
