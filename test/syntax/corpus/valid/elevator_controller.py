from dataclasses import dataclass, field


@dataclass
class Elevator:
    floor: int = 0
    direction: int = 0
    stops: set[int] = field(default_factory=set)
    log: list[str] = field(default_factory=list)

    def call(self, floor: int) -> None:
        if floor != self.floor:
            self.stops.add(floor)

    def step(self) -> None:
        if not self.stops:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
            return
        self.floor += self.direction
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"stop at {self.floor}")

    def run(self, max_steps: int = 50) -> list[str]:
        for _ in range(max_steps):
            if not self.stops:
                break
            self.step()
        return self.log


e = Elevator(floor=3)
for f in (5, 1, 8, 2):
    e.call(f)
print(e.run(), e.floor)
