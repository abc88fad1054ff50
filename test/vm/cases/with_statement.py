class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0] is None)
        return False
    def __del__(self):
        print("ctx freed")

with Ctx() as c:
    print("inside")
del c
print("end")
