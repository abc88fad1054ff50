# An argument built inline lives for the duration of the call and dies right after it returns.
class Arg:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("arg", self.n, "freed")

def use(a):
    print("inside use with", a.n)
    return a.n * 10

result = use(Arg(1))
print("result", result)
print("sum", use(Arg(2)) + use(Arg(3)))
print("done")
