from typing import Any

TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list, "object": dict, "null": type(None)}


def validate(value: Any, schema: dict, path: str = "$") -> list[str]:
    errors: list[str] = []
    if "type" in schema:
        expected = TYPES[schema["type"]]
        if not isinstance(value, expected) or (schema["type"] in ("integer", "number") and isinstance(value, bool)):
            return [f"{path}: expected {schema['type']}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    match schema:
        case {"minimum": lo} if value < lo:
            errors.append(f"{path}: {value} < {lo}")
        case {"maxLength": n} if len(value) > n:
            errors.append(f"{path}: longer than {n}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors += validate(value[key], sub, f"{path}.{key}")
        if schema.get("additionalProperties") is False:
            errors += [f"{path}: unexpected {k!r}" for k in value.keys() - schema.get("properties", {}).keys()]
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += validate(item, schema["items"], f"{path}[{i}]")
    return errors


schema = {
    "type": "object",
    "required": ["name", "age"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "maxLength": 10},
        "age": {"type": "integer", "minimum": 0},
        "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
    },
}
print(validate({"name": "Zoë", "age": 3, "tags": ["a"]}, schema))
print(validate({"name": "A very long name", "age": -1, "tags": ["a", "c", 3], "x": 1}, schema))
print(validate({"age": True}, schema))
