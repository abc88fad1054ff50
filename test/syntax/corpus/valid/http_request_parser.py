from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

CRLF = b"\r\n"


@dataclass
class Request:
    method: str
    path: str
    version: str
    headers: dict[str, str] = field(default_factory=dict)
    query: dict[str, list[str]] = field(default_factory=dict)
    body: bytes = b""


class BadRequest(Exception):
    pass


def parse_request(raw: bytes) -> Request:
    head, sep, body = raw.partition(CRLF * 2)
    if not sep:
        raise BadRequest("incomplete headers")
    request_line, *header_lines = head.split(CRLF)
    try:
        method, target, version = request_line.decode("ascii").split(" ")
    except ValueError:
        raise BadRequest(f"malformed request line: {request_line!r}") from None
    if not version.startswith("HTTP/1."):
        raise BadRequest(f"unsupported version {version}")
    headers = {}
    for line in header_lines:
        name, colon, value = line.decode("latin-1").partition(":")
        if not colon or name != name.strip():
            raise BadRequest(f"bad header line {line!r}")
        headers[name.lower()] = value.strip()
    if (length := int(headers.get("content-length", 0))) != len(body):
        raise BadRequest(f"expected {length} body bytes, got {len(body)}")
    parts = urlsplit(target)
    return Request(method, parts.path, version, headers, parse_qs(parts.query), body)


raw = (b"POST /api/items?id=3&id=4&verbose HTTP/1.1\r\n"
       b"Host: example.org\r\n"
       b"Content-Type: application/json\r\n"
       b"Content-Length: 13\r\n"
       b"\r\n"
       b'{"name":"x"}\n')
req = parse_request(raw)
print(req.method, req.path, req.query, req.headers["content-type"], req.body)
for bad in (b"GET / HTTP/2\r\n\r\n", b"GET /\r\n\r\n", b"GET / HTTP/1.1\r\nX : y\r\n\r\n"):
    try:
        parse_request(bad)
    except BadRequest as e:
        print("400:", e)
