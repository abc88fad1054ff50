# iter(callable, sentinel) calls until the sentinel; each produced object dies once the loop moves on.
class Msg:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("msg", self.n, "freed")
    def __eq__(self, other):
        return other == "STOP" and self.n == 3

counter = iter(range(10))
def produce():
    return Msg(next(counter))

for m in iter(produce, "STOP"):
    print("got", m.n)
print("loop ended")
