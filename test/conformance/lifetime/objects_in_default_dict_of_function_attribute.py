# Objects stored in a function attribute live as long as the function.
class Entry:
    def __init__(self, k):
        self.k = k
    def __del__(self):
        print("entry", self.k, "freed")

def remember(k):
    remember.seen[k] = Entry(k)
    return len(remember.seen)

remember.seen = {}
print(remember("a"), remember("b"), remember("a"))
del remember
print("function deleted")
