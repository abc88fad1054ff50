# Redefining a function with def drops the old function object and its default values.
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("default", self.tag, "freed")

def handler(x=D("v1")):
    return x.tag

print(handler())
def handler(x=D("v2")):
    return x.tag
print("redefined")
print(handler())
