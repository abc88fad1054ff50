# Merging configuration dicts with defaults using ** unpacking and dict.update.
DEFAULTS = {"host": "localhost", "port": 8080, "debug": False}

def make_config(**overrides):
    cfg = {**DEFAULTS, **overrides}
    unknown = set(overrides) - set(DEFAULTS)
    if unknown:
        cfg["warnings"] = sorted(unknown)
    return cfg

print(make_config())
print(make_config(port=9000))
print(make_config(debug=True, colour="red", verbose=1))
base = dict(DEFAULTS)
base.update(port=1, host="x")
print(base, DEFAULTS["port"])
