# Day-of-year and days-between computations written by hand with leap years.
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

MONTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

def day_of_year(y, m, d):
    return sum(MONTHS[: m - 1]) + d + (1 if leap(y) and m > 2 else 0)

def ordinal(y, m, d):
    days = sum(366 if leap(yy) else 365 for yy in range(1, y))
    return days + day_of_year(y, m, d)

print(day_of_year(2024, 3, 1), day_of_year(2023, 3, 1), day_of_year(2024, 12, 31))
print(ordinal(2024, 1, 1) - ordinal(2000, 1, 1))
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print(names[(ordinal(2024, 7, 4) - 1) % 7], names[(ordinal(1969, 7, 20) - 1) % 7])
