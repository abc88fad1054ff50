# Breaking out of a for loop over a generator leaves it suspended; it is closed when its last reference goes.
def numbers():
    try:
        for i in range(100):
            yield i
    finally:
        print("numbers generator closed")

g = numbers()
for n in g:
    if n == 2:
        break
print("broke out at", n)
print("resuming by hand:", next(g))
del g
print("end")
