# Walking a nested dict/list structure, counting leaves and collecting paths.
config = {
    "server": {"host": "local", "ports": [80, 443]},
    "users": [{"name": "a", "admin": True}, {"name": "b", "admin": False}],
    "debug": False,
}

def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{path}.{k}" if path else k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, node

for p, v in walk(config):
    print(f"{p} = {v!r}")
print(sum(1 for _ in walk(config)), "leaves")
