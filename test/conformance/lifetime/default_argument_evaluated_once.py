# A mutable default is created once at definition time and shared across calls.
class Tracker:
    made = 0
    def __init__(self):
        Tracker.made += 1
        print("Tracker created, total", Tracker.made)

def add(item, bucket=[], t=Tracker()):
    bucket.append(item)
    return bucket

print(add(1))
print(add(2))
print(add(3, []))
print(add(4))
print("defaults:", add.__defaults__[0])
