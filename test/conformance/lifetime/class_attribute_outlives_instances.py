# An object stored as a class attribute lives as long as the class, not its instances.
class Shared:
    def __del__(self):
        print("class-level object freed")

class User:
    tool = Shared()

u1 = User()
u2 = User()
del u1, u2
print("instances gone; tool still", type(User.tool).__name__)
del User.tool
print("end")
