def route(request):
    match request:
        case {"method": "GET", "path": "/"}:
            return 200, "index"
        case {"method": "GET", "path": str(p)} if p.startswith("/static/"):
            return 200, p.removeprefix("/static/")
        case {"method": ("POST" | "PUT") as m, "path": p, **rest}:
            return 201, f"{m} {p} {sorted(rest)}"
        case _:
            return 404, "not found"


requests = [
    {"method": "GET", "path": "/"},
    {"method": "GET", "path": "/static/app.js"},
    {"method": "PUT", "path": "/items/3", "body": "{}"},
    {"method": "DELETE", "path": "/"},
]
for r in requests:
    status, body = route(r)
    print(f"""{status}
    {body}""")
