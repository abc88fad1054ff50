# A nested function defined but not returned is freed when its enclosing call returns.
class Cap:
    def __del__(self):
        print("captured object freed")

def outer():
    c = Cap()
    def helper():
        return c
    print("helper made")
    return 1

print(outer())
print("end")
