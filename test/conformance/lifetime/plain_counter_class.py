# A learner's counter class: increment, reset and string representation.
class Counter:
    def __init__(self, start=0):
        self.value = start

    def increment(self, by=1):
        self.value += by
        return self

    def reset(self):
        self.value = 0

    def __repr__(self):
        return f"Counter({self.value})"

c = Counter()
c.increment().increment().increment(5)
print(c)
c.reset()
print(c, c.value)
clicks = Counter(10)
for _ in range(4):
    clicks.increment(2)
print(clicks)
