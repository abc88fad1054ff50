from typing import Iterable

type Interval = tuple[int, int]


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def free_slots(busy: list[Interval], day: Interval = (9 * 60, 17 * 60)) -> list[Interval]:
    slots, cursor = [], day[0]
    for s, e in merge(busy):
        if s > cursor:
            slots.append((cursor, min(s, day[1])))
        cursor = max(cursor, e)
    if cursor < day[1]:
        slots.append((cursor, day[1]))
    return [(s, e) for s, e in slots if e > s]


hm = lambda m: f"{m // 60:02}:{m % 60:02}"
meetings = [(600, 660), (630, 700), (780, 810), (900, 960), (955, 1000)]
print(merge(meetings))
print([f"{hm(s)}-{hm(e)}" for s, e in free_slots(meetings)])
