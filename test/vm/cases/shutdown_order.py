class Late:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("shutdown del", self.name)

def helper():
    return 1

first = Late("first")
second = Late("second")
third = Late("third")
holder = [Late("in-list")]
print("program end")
