# Only the variables a closure captures outlive the frame; other locals die when it returns.
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "freed")

def outer():
    captured = Obj("captured")
    plain = Obj("plain")
    return lambda: captured.name

f = outer()
print("outer returned")
print("closure says", f())
f = None
print("end")
