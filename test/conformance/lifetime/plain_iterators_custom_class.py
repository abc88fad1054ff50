# A custom iterator class with __iter__ and __next__, used in for loops and list().
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2

print(list(Countdown(5)))
c = Countdown(3)
for x in c:
    print("tick", x)
print(list(c))
r = Range2(7)
print(list(r), list(r), 4 in r, sum(r))
