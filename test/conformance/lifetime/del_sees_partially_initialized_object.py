# When __init__ raises, the half-built object still gets __del__ and sees only the attributes set so far.
class Half:
    def __init__(self):
        self.a = 1
        raise ValueError("init failed")
    def __del__(self):
        print("__del__ sees:", sorted(vars(self)))

try:
    Half()
except ValueError as e:
    print("caught", e)
print("end")
