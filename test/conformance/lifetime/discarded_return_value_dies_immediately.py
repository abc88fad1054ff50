# A function's return value that is not stored dies at the end of the calling statement.
class Token:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("token", self.n, "discarded")

def issue(n):
    print("issuing", n)
    return Token(n)

issue(1)
print("between")
t = issue(2)
print("kept", t.n)
issue(3)
print("end; t still", t.n)
