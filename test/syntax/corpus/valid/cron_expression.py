from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
ALIASES = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *"}


def parse_field(spec: str, lo: int, hi: int) -> set[int]:
    values = set()
    for part in spec.split(","):
        rng, _, step = part.partition("/")
        step = int(step) if step else 1
        if rng == "*":
            start, end = lo, hi
        elif "-" in rng:
            start, end = map(int, rng.split("-"))
        else:
            start = end = int(rng)
            if step > 1:
                end = hi
        if not (lo <= start <= end <= hi):
            raise ValueError(f"{part!r} out of range {lo}-{hi}")
        values.update(range(start, end + 1, step))
    return values


def parse(expr: str) -> dict[str, set[int]]:
    parts = ALIASES.get(expr, expr).split()
    if len(parts) != 5:
        raise ValueError("expected 5 fields")
    return {name: parse_field(p, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}


def next_runs(expr: str, after: datetime, n: int = 3):
    spec = parse(expr)
    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    while n:
        if (t.minute in spec["minute"] and t.hour in spec["hour"] and t.day in spec["day"]
                and t.month in spec["month"] and (t.weekday() + 1) % 7 in spec["weekday"]):
            yield t
            n -= 1
        t += timedelta(minutes=1)


start = datetime(2025, 6, 1, 12, 0)
for e in ("*/15 9-17 * * 1-5", "@daily", "30 2 1,15 * *"):
    print(f"{e:<20}", [f"{t:%a %d %H:%M}" for t in next_runs(e, start)])
