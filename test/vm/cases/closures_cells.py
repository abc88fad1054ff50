class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("release", self.n)

def make_counter(start):
    count = start
    holder = Res(start)
    def step():
        nonlocal count
        count += 1
        return count, holder.n
    return step

c = make_counter(10)
print(c())
print(c())
del c
print("counter dropped")

def outer():
    x = Res("x")
    def inner():
        return x.n
    return inner()
print(outer())
print("end")
