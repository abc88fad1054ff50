# A step counter class that records snapshots into a history list and summarises them.
class StepCounter:
    def __init__(self, name):
        self.name = name
        self.steps = 0
        self.history = []

    def walk(self, n):
        self.steps += n
        return self

    def snapshot(self, label):
        self.history.append((label, self.steps))
        self.steps = 0

    def summary(self):
        total = sum(s for _, s in self.history)
        best = max(self.history, key=lambda h: h[1])
        return f"{self.name}: total {total}, best {best[0]} ({best[1]})"

c = StepCounter("ana")
c.walk(3000).walk(1500).snapshot("mon")
c.walk(8000).snapshot("tue")
c.walk(200).snapshot("wed")
print(c.history)
print(c.summary())
