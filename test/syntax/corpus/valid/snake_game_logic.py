import random
from collections import deque
from enum import Enum


class Dir(Enum):
    UP = (0, -1)
    DOWN = (0, 1)
    LEFT = (-1, 0)
    RIGHT = (1, 0)

    def opposite(self):
        return Dir((-self.value[0], -self.value[1]))


class Snake:
    def __init__(self, w=10, h=8, seed=3):
        self.w, self.h = w, h
        self.body = deque([(w // 2, h // 2)])
        self.dir = Dir.RIGHT
        self.rng = random.Random(seed)
        self.food = self._place_food()
        self.alive = True
        self.score = 0

    def _place_food(self):
        free = [(x, y) for x in range(self.w) for y in range(self.h) if (x, y) not in self.body]
        return self.rng.choice(free)

    def turn(self, d: Dir):
        if d is not self.dir.opposite():
            self.dir = d

    def tick(self):
        if not self.alive:
            return
        hx, hy = self.body[0]
        dx, dy = self.dir.value
        head = ((hx + dx) % self.w, (hy + dy) % self.h)
        if head in list(self.body)[:-1]:
            self.alive = False
            return
        self.body.appendleft(head)
        if head == self.food:
            self.score += 1
            self.food = self._place_food()
        else:
            self.body.pop()

    def __str__(self):
        return "\n".join("".join("@" if (x, y) == self.body[0] else "o" if (x, y) in self.body
                                 else "*" if (x, y) == self.food else "." for x in range(self.w)) for y in range(self.h))


s = Snake()
for step, d in enumerate([Dir.RIGHT] * 3 + [Dir.DOWN] * 2 + [Dir.LEFT] * 4 + [Dir.UP] * 2):
    s.turn(d)
    s.tick()
print(s, f"\nscore={s.score} alive={s.alive} length={len(s.body)}")
