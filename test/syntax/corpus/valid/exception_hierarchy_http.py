class HTTPError(Exception):
    status = 500
    title = "Internal Server Error"

    def __init__(self, detail: str = "", **headers: str) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.headers = headers

    def to_response(self) -> tuple[int, dict[str, str], str]:
        return self.status, {"Content-Type": "text/plain", **self.headers}, f"{self.status} {self.title}: {self}"


class ClientError(HTTPError):
    status = 400
    title = "Bad Request"


class NotFound(ClientError):
    status = 404
    title = "Not Found"


class MethodNotAllowed(ClientError):
    status, title = 405, "Method Not Allowed"

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(f"allowed: {', '.join(allowed)}", Allow=", ".join(allowed))


class TooManyRequests(ClientError):
    status, title = 429, "Too Many Requests"


def handler(path: str, method: str):
    if path == "/missing":
        raise NotFound(f"{path} does not exist")
    if method not in ("GET", "HEAD"):
        raise MethodNotAllowed(["GET", "HEAD"])
    if path == "/busy":
        raise TooManyRequests(**{"Retry-After": "30"})
    if path == "/crash":
        raise RuntimeError("bug")
    return 200, {}, "ok"


def app(path, method="GET"):
    try:
        return handler(path, method)
    except HTTPError as e:
        return e.to_response()
    except Exception as e:
        return HTTPError(repr(e)).to_response()


for p, m in [("/", "GET"), ("/missing", "GET"), ("/", "POST"), ("/busy", "GET"), ("/crash", "GET")]:
    print(app(p, m))
