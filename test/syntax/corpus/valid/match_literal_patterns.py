import http
from enum import IntEnum


class Color(IntEnum):
    RED = 1
    GREEN = 2


class Config:
    MAX = 100
    class Limits:
        LOW = -1


def describe(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "a float literal"
        case 3 + 4j:
            return "a complex literal"
        case -0j | -1 - 2j:
            return "negative complex"
        case "hello" "world":
            return "concatenated string"
        case b"\x00bytes":
            return "bytes"
        case 0x10 | 0o20 | 0b100:
            return "16, 16 or 4"
        case Color.RED:
            return "red (dotted value pattern)"
        case http.HTTPStatus.NOT_FOUND:
            return "404"
        case Config.MAX:
            return "max"
        case Config.Limits.LOW:
            return "unreachable: -1 matched earlier"
        case (1):
            return "group pattern around a literal"
        case ((2 | 3) as small):
            return f"group with or and as: {small}"
        case str() if not x:
            return "empty string"
        case _:
            return "something else"


tests = [None, True, False, 0, -1, 1.5, -2.5, 3 + 4j, -1 - 2j, "helloworld", b"\x00bytes",
         16, 4, Color.RED, 404, 100, 1, 3, "", object()]
for t in tests:
    print(f"{t!r:>22} -> {describe(t)}")
