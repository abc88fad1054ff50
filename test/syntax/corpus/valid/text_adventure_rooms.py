from __future__ import annotations

import weakref
from dataclasses import dataclass, field


@dataclass(eq=False)
class Room:
    name: str
    description: str
    items: list[str] = field(default_factory=list)
    exits: dict[str, weakref.ref[Room]] = field(default_factory=dict)

    def connect(self, direction: str, other: Room, back: str | None = None) -> None:
        self.exits[direction] = weakref.ref(other)
        if back:
            other.exits[back] = weakref.ref(self)

    def go(self, direction: str) -> Room | None:
        ref = self.exits.get(direction)
        return ref() if ref else None


class World:
    def __init__(self):
        self.rooms = {r.name: r for r in (
            Room("hall", "A draughty hall.", ["umbrella"]),
            Room("library", "Dusty shelves everywhere.", ["book", "candle"]),
            Room("cellar", "It is dark. You hear dripping."),
        )}
        hall, lib, cellar = self.rooms.values()
        hall.connect("north", lib, "south")
        hall.connect("down", cellar, "up")


world = World()
here = world.rooms["hall"]
for step in ["north", "south", "down", "west", "up"]:
    nxt = here.go(step)
    if nxt is None:
        print(f"you can't go {step} from the {here.name}")
        continue
    here = nxt
    print(f"{step:>5}: {here.name} - {here.description} " + (f"You see: {', '.join(here.items)}." if here.items else ""))
