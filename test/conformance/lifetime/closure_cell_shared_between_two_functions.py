# Two closures sharing one cell keep the captured object alive until both are gone.
class Shared:
    def __del__(self):
        print("shared object freed")

def pair():
    s = Shared()
    def get():
        return s
    def clear():
        nonlocal s
        s = None
    return get, clear

g, c = pair()
print("got", type(g()).__name__)
del g
print("getter dropped")
c()
print("cleared via the other closure")
