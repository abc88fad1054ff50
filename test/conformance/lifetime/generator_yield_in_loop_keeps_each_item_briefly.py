# Items yielded by a generator and not stored die right after the consumer's loop body moves on.
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("item", self.n, "freed")

def produce():
    for i in range(3):
        print("yielding", i)
        yield Item(i)

for it in produce():
    print("consuming", it.n)
print("loop over; last item kept by loop name")
del it
print("end")
