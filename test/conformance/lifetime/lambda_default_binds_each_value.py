# Binding the loop value as a lambda default gives each lambda its own object.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V", self.n, "freed")

funcs = []
for i in range(3):
    funcs.append(lambda v=V(i): v.n)
print([f() for f in funcs])
funcs.pop(1)
print("popped middle lambda")
funcs = None
print("end")
