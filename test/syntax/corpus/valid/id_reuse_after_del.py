class Box:
    def __init__(self, label):
        self.label = label


addresses = []
for i in range(5):
    b = Box(i)
    addresses.append(id(b))
    del b

print("distinct ids:", len(set(addresses)), "of", len(addresses))

first = Box("first")
first_id = id(first)
del first
second = Box("second")
print("id reused:", id(second) == first_id)
# Comparing ids of dead objects tells you nothing: keep a weakref instead.
