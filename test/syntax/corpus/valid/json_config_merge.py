import json
from copy import deepcopy
from typing import Any


def deep_merge(base: dict[str, Any], override: dict[str, Any], *, path: str = "") -> dict[str, Any]:
    result = deepcopy(base)
    for key, value in override.items():
        here = f"{path}.{key}" if path else key
        match result.get(key), value:
            case dict() as old, dict() as new:
                result[key] = deep_merge(old, new, path=here)
            case list() as old, {"$append": list() as extra}:
                result[key] = old + extra
            case _, None:
                result.pop(key, None)
            case _:
                result[key] = deepcopy(value)
    return result


defaults = json.loads('{"db": {"host": "localhost", "port": 5432, "opts": {"ssl": false}}, "plugins": ["core"], "debug": true}')
local = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 5}}, "plugins": {"$append": ["gc-view"]}, "debug": None}
print(json.dumps(deep_merge(defaults, local), indent=2, sort_keys=True))
