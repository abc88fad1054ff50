# A generator created from a method keeps its instance alive while suspended.
class Reader:
    def __init__(self, lines):
        self.lines = lines
    def each(self):
        for line in self.lines:
            yield line.upper()
    def __del__(self):
        print("reader freed")

g = Reader(["a", "b"]).each()
print("instance only reachable from the generator")
print(next(g))
print(next(g))
print("finishing")
print(next(g, None))
print("end")
