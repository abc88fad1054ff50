from datetime import date, timedelta
from calendar import monthrange, day_abbr


def daterange(start: date, stop: date, step: timedelta = timedelta(days=1)):
    while start < stop:
        yield start
        start += step


def month_grid(year: int, month: int) -> str:
    first_weekday, days = monthrange(year, month)
    cells = ["  "] * first_weekday + [f"{d:>2}" for d in range(1, days + 1)]
    rows = [" ".join(cells[i:i + 7]) for i in range(0, len(cells), 7)]
    header = " ".join(a[:2] for a in day_abbr)
    return "\n".join([f"{year}-{month:02}".center(20), header, *rows])


def business_days(start, stop):
    return sum(1 for d in daterange(start, stop) if d.weekday() < 5)


print(month_grid(2024, 2))
print(business_days(date(2024, 1, 1), date(2024, 2, 1)))
print([d.isoformat() for d in daterange(date(2024, 12, 30), date(2025, 1, 3))])
