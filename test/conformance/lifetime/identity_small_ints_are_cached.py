# Small ints from -5 to 256 are single shared objects; larger computed ints are distinct.
def make(n):
    return int(str(n))

for n in [-6, -5, 0, 1, 100, 256, 257, 1000]:
    print(n, make(n) is make(n))
