import itertools
from datetime import datetime, timedelta
from enum import Enum


class Size(Enum):
    MOTO = 1
    CAR = 2
    VAN = 3


class Garage:
    RATE = {Size.MOTO: 1.0, Size.CAR: 2.5, Size.VAN: 4.0}

    def __init__(self, spots: dict[Size, int]):
        self.free = {size: list(range(n)) for size, n in spots.items()}
        self.tickets = {}
        self._ids = itertools.count(1)

    def enter(self, plate: str, size: Size, when: datetime):
        for s in (sz for sz in Size if sz.value >= size.value):
            if self.free[s]:
                spot = self.free[s].pop(0)
                ticket = next(self._ids)
                self.tickets[ticket] = (plate, s, spot, when)
                return ticket
        return None

    def leave(self, ticket: int, when: datetime) -> float:
        plate, s, spot, arrived = self.tickets.pop(ticket)
        self.free[s].append(spot)
        self.free[s].sort()
        hours = max(1, -(-(when - arrived) // timedelta(hours=1)))
        return hours * self.RATE[s]


g = Garage({Size.MOTO: 1, Size.CAR: 2, Size.VAN: 1})
t0 = datetime(2025, 1, 1, 8)
tickets = [g.enter(p, s, t0) for p, s in [("M-1", Size.MOTO), ("M-2", Size.MOTO), ("C-1", Size.CAR), ("V-1", Size.VAN), ("C-2", Size.CAR)]]
print(tickets)
print(g.leave(tickets[1], t0 + timedelta(minutes=61)), g.leave(tickets[3], t0 + timedelta(hours=5, minutes=1)))
print({s.name: v for s, v in g.free.items()})
