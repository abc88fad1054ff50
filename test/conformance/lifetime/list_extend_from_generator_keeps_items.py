# list.extend consumes a generator; the generator's temporaries die, the stored items live on.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("I", self.n, "freed")

def make():
    for n in range(3):
        scratch = I(n + 100)
        yield I(n)

xs = []
xs.extend(make())
print("extended:", [i.n for i in xs])
xs = None
print("end")
