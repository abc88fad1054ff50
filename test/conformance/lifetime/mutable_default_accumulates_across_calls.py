# A mutable default list collects objects across calls and keeps them alive as long as the function.
class Entry:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("entry", self.n, "freed")

def log(n, store=[]):
    store.append(Entry(n))
    return len(store)

print(log(1), log(2), log(3))
print("defaults hold", len(log.__defaults__[0]))
log.__defaults__[0].pop(0)
print("one removed")
del log
print("end")
