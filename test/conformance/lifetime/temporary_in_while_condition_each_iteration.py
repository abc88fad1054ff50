# Each evaluation of a while condition makes a fresh temporary that dies before the loop body runs.
class Gate:
    count = 0
    def __init__(self, limit):
        Gate.count += 1
        self.n = Gate.count
        self.open = self.n <= limit
    def __del__(self):
        print("gate", self.n, "closed")

i = 0
while Gate(3).open:
    print("body", i)
    i += 1
print("loop over after", i)
