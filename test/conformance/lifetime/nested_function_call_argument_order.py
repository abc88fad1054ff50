# Arguments are evaluated left to right and all freed after the outer call returns.
class A:
    def __init__(self, n):
        self.n = n
        print("arg", n, "built")
    def __del__(self):
        print("arg", self.n, "freed")

def combine(*args):
    print("combine called with", [a.n for a in args])
    return sum(a.n for a in args)

print("total", combine(A(1), A(2), A(3)))
print("end")
