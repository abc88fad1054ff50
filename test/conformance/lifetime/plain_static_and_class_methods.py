# staticmethod and classmethod, alternative constructors and class-level counters.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"

class USDate(Date):
    def __str__(self):
        return f"{self.m}/{self.d}/{self.y}"

print(Date.from_string("2024-2-9"), USDate.from_string("2023-12-25"))
print([y for y in range(1896, 1912) if Date.is_leap(y)], Date.is_leap(2000))
print("created:", Date.created)
