import re

# Variables named after soft keywords are common in routing and parsing code.
rules = []


def rule(pattern, type="exact"):
    def deco(fn):
        rules.append((pattern, type, fn))
        return fn
    return deco


@rule("/", type="exact")
def index(match):
    return "index"


@rule(r"/users/(\d+)", type="regex")
def user(match):
    return f"user {match.group(1)}"


def route(path):
    for pattern, type, fn in rules:
        match = re.fullmatch(pattern, path) if type == "regex" else (path == pattern and path)
        if match:
            return fn(match)
    return None


case = {"path": "/users/7", "expected": "user 7"}
_ = route(case["path"])
type = type(_)
match _:
    case str() if _ == case["expected"]:
        print("routing works:", _, type.__name__)
    case _:
        print("routing broken")
print(route("/"), route("/nope"))
