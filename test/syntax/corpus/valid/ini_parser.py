import re
from collections.abc import Iterable

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
PAIR = re.compile(r"^(?P<key>[\w.\-]+)\s*[=:]\s*(?P<value>.*?)\s*$")


class ParseError(ValueError):
    def __init__(self, lineno: int, line: str, why: str):
        super().__init__(f"line {lineno}: {why}: {line!r}")
        self.lineno = lineno


def coerce(value: str):
    low = value.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def parse_ini(lines: Iterable[str]) -> dict[str, dict[str, object]]:
    result: dict[str, dict[str, object]] = {}
    current = result.setdefault("DEFAULT", {})
    last_key = None
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        if line[0] in " \t" and last_key is not None:
            current[last_key] = f"{current[last_key]}\n{stripped}"
            continue
        if m := SECTION.match(stripped):
            current = result.setdefault(m["name"].strip(), {})
            last_key = None
        elif m := PAIR.match(stripped):
            last_key = m["key"].lower()
            current[last_key] = coerce(m["value"])
        else:
            raise ParseError(lineno, line, "expected [section] or key = value")
    return result


SAMPLE = """\
; global settings
debug = yes
[server]
host = 0.0.0.0
port: 8080
motd = "Welcome!"
banner = first line
    second line
[limits]
rate = 2.5
"""
for section, values in parse_ini(SAMPLE.splitlines(True)).items():
    print(section, values)
