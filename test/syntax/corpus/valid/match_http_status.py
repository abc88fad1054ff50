import http
from enum import Enum


class Kind(Enum):
    INFO = "info"
    OK = "ok"
    REDIRECT = "redirect"
    CLIENT = "client"
    SERVER = "server"


class Limits:
    TOO_MANY = 429
    TEAPOT = 418


def classify(status):
    match status:
        case http.HTTPStatus.OK | http.HTTPStatus.CREATED | http.HTTPStatus.NO_CONTENT:
            return Kind.OK, "success"
        case http.HTTPStatus.MOVED_PERMANENTLY | http.HTTPStatus.FOUND as s:
            return Kind.REDIRECT, f"moved ({s.phrase})"
        case Limits.TOO_MANY:
            return Kind.CLIENT, "slow down"
        case Limits.TEAPOT:
            return Kind.CLIENT, "I'm a teapot"
        case (404):
            return Kind.CLIENT, "not found"
        case ((401 | 403) as code):
            return Kind.CLIENT, f"auth problem {code}"
        case int(code) if 100 <= code < 200:
            return Kind.INFO, "informational"
        case int(code) if 500 <= code < 600:
            return Kind.SERVER, "server error"
        case code:
            return Kind.CLIENT, f"other status {code}"


for s in (200, 201, 301, 302, 404, 403, 418, 429, 101, 503, 422):
    kind, text = classify(s)
    print(f"{s} {kind.value:<9}{text}")
