# A list of lists releases inner lists (and their items) from the outer list's end backwards.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)

grid = [[I(f"{r}{c}") for c in range(2)] for r in range(3)]
print("drop grid")
grid = None
print("end")
