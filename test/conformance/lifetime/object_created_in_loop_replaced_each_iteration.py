# A loop variable rebinding frees the previous iteration's object at the start of the next.
class Frame:
    def __init__(self, i):
        self.i = i
        print("make", i)
    def __del__(self):
        print("free", self.i)

for i in range(3):
    f = Frame(i)
    print("use", f.i)
print("loop done, f is", f.i)
del f
print("end")
