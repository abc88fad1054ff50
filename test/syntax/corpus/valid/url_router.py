import re
from collections.abc import Callable
from typing import Any

Handler = Callable[..., Any]


class Router:
    CONVERTERS = {"int": (r"\d+", int), "str": (r"[^/]+", str), "path": (r".+", str), "slug": (r"[a-z0-9-]+", str)}

    def __init__(self) -> None:
        self.routes: list[tuple[re.Pattern[str], set[str], dict[str, Callable], Handler]] = []

    def route(self, pattern: str, *, methods: tuple[str, ...] = ("GET",)):
        converters = {}

        def replace(m: re.Match[str]) -> str:
            kind, name = m["kind"] or "str", m["name"]
            regex, conv = self.CONVERTERS[kind]
            converters[name] = conv
            return f"(?P<{name}>{regex})"

        regex = re.compile("^" + re.sub(r"<(?:(?P<kind>\w+):)?(?P<name>\w+)>", replace, pattern) + "$")

        def decorator(fn: Handler) -> Handler:
            self.routes.append((regex, set(methods), converters, fn))
            return fn

        return decorator

    def dispatch(self, method: str, path: str):
        allowed = set()
        for regex, methods, convs, fn in self.routes:
            if m := regex.match(path):
                if method not in methods:
                    allowed |= methods
                    continue
                return fn(**{k: convs[k](v) for k, v in m.groupdict().items()})
        if allowed:
            return 405, f"use {', '.join(sorted(allowed))}"
        return 404, "not found"


app = Router()


@app.route("/")
def index():
    return 200, "home"


@app.route("/users/<int:uid>", methods=("GET", "DELETE"))
def user(uid: int):
    return 200, f"user #{uid:05d}"


@app.route("/posts/<slug:slug>/comments/<int:n>")
def comment(slug, n):
    return 200, f"comment {n} on {slug}"


@app.route("/static/<path:rest>", methods=("GET", "HEAD"))
def static(rest):
    return 200, f"file {rest}"


for m, p in [("GET", "/"), ("GET", "/users/42"), ("POST", "/users/42"), ("GET", "/posts/hello-world/comments/3"),
             ("GET", "/static/css/site.css"), ("GET", "/nope")]:
    print(f"{m:<6}{p:<34}", *app.dispatch(m, p))
