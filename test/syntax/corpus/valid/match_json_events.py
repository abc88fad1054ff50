import json
from enum import Enum


class Level(Enum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


def describe(event: dict) -> str:
    match event:
        case {"type": "click", "pos": [x, y], **rest}:
            extra = f" +{len(rest)} fields" if rest else ""
            return f"click at ({x}, {y}){extra}"
        case {"type": "key", "key": str(k), "mods": [*mods]} if "ctrl" in mods:
            return f"shortcut ctrl+{k}"
        case {"type": "key", "key": str() as k}:
            return f"key {k}"
        case {"type": "log", "level": Level.ERROR.value, "msg": msg}:
            return f"!! {msg}"
        case {"type": "log", "level": int(level), "msg": msg}:
            return f"[{Level(level).name}] {msg}"
        case {"type": "batch", "items": [first, *others]}:
            return f"batch starting with {describe(first)} and {len(others)} more"
        case {"type": "batch", "items": []}:
            return "empty batch"
        case {"type": t}:
            return f"unknown event type {t!r}"
        case {}:
            return "event without a type"
        case _:
            return "not an event"


raw = """
[{"type": "click", "pos": [10, 20]},
 {"type": "click", "pos": [1, 2], "button": 2, "time": 3.5},
 {"type": "key", "key": "s", "mods": ["ctrl"]},
 {"type": "key", "key": "q", "mods": []},
 {"type": "log", "level": 40, "msg": "disk full"},
 {"type": "log", "level": 20, "msg": "started"},
 {"type": "batch", "items": [{"type": "key", "key": "x", "mods": []}, {}, {}]},
 {"type": "batch", "items": []},
 {"type": "resize"}, {}, 42]
"""
for ev in json.loads(raw):
    print(describe(ev))
