import shlex
import sys


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def handle(line: str, state: dict) -> str | None:
    match shlex.split(line):
        case []:
            return None
        case ["quit" | "exit" | "q"]:
            raise SystemExit(0)
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            state["facing"] = direction
            return f"you walk {direction}"
        case ["go", *_]:
            return "go where?"
        case ["take", item] if item in state.get("room", ()):
            state["room"].remove(item)
            state.setdefault("bag", []).append(item)
            return f"taken: {item}"
        case ["take", item]:
            return f"there is no {item} here"
        case ["drop", *items] if items:
            bag = state.get("bag", [])
            dropped = [i for i in items if i in bag]
            for i in dropped:
                bag.remove(i)
            return "dropped " + ", ".join(dropped) if dropped else "nothing to drop"
        case ["look"]:
            return "you see: " + (", ".join(state.get("room", [])) or "nothing")
        case [("inventory" | "inv" | "i")]:
            return repr(state.get("bag", []))
        case [verb, *rest]:
            return f"I don't know how to {verb!r} ({len(rest)} args)"


def locate(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return "on the diagonal"
        case _:
            return "somewhere else"


if __name__ == "__main__":
    state = {"room": ["lamp", "key", "scroll"]}
    for cmd in ["look", "take key", "take sword", "go north", "inv", "drop key lamp", "dance wildly"]:
        print(f"> {cmd}\n{handle(cmd, state)}")
    print(*(locate(Point(*xy)) for xy in [(0, 0), (0, 3), (4, 0), (2, 2), (1, 5)]), sep="\n", file=sys.stdout)
