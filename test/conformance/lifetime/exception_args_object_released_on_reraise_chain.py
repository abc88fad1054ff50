# Objects attached to chained exceptions live until the whole chain is released.
class Payload:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("payload", self.n, "freed")

def f():
    try:
        raise KeyError(Payload(1))
    except KeyError:
        raise ValueError(Payload(2))

try:
    f()
except ValueError as e:
    print("caught; context carries payload", e.__context__.args[0].n)
print("after handler")
