# In f(g(A()), B()), each temporary dies after the call that consumed it returns, innermost first.
class T:
    def __init__(self, n):
        self.n = n
        print("make", n)
    def __del__(self):
        print("free", self.n)

def g(x):
    print("g got", x.n)
    return x.n + 1

def f(a, b):
    print("f got", a, b.n)
    return a + b.n

print("result", f(g(T(1)), T(2)))
