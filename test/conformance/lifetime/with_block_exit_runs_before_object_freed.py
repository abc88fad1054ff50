# The context manager's __exit__ runs at the end of the with block; the object dies when its last name goes.
class Session:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
        return False
    def __del__(self):
        print("session freed")

with Session() as s:
    print("inside")
print("after with; s still bound")
del s
print("end")
