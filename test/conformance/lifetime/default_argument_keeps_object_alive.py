# A default argument value lives as long as the function object does.
class Default:
    def __del__(self):
        print("default value freed")

def f(x=Default()):
    return type(x).__name__

print("defined f")
print(f())
print("deleting f")
del f
print("end")
