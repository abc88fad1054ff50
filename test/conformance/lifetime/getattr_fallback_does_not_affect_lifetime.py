# __getattr__ computes missing attributes on demand; computed temporaries die after use.
class Lazy:
    def __getattr__(self, name):
        return Piece(name)

class Piece:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("piece", self.name, "freed")

z = Lazy()
print(z.alpha.name)
print(len(z.beta.name))
kept = z.gamma
print("kept", kept.name)
del kept
print("end")
