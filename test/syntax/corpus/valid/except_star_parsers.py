import json
import tomllib


def parse_all(documents: dict[str, str]) -> dict:
    parsed, failures = {}, []
    for name, text in documents.items():
        try:
            parsed[name] = tomllib.loads(text) if name.endswith(".toml") else json.loads(text)
        except (tomllib.TOMLDecodeError, json.JSONDecodeError) as e:
            e.add_note(f"while parsing {name}")
            failures.append(e)
    if failures:
        raise ExceptionGroup("some documents are invalid", failures)
    return parsed


docs = {"a.json": '{"x": 1}', "b.toml": "y = 2", "c.json": "{oops}", "d.toml": "= nope"}
try:
    parse_all(docs)
except* json.JSONDecodeError as eg:
    for e in eg.exceptions:
        print("JSON:", e.msg, e.__notes__)
except* tomllib.TOMLDecodeError as eg:
    for e in eg.exceptions:
        print("TOML:", str(e).split("(")[0].strip(), e.__notes__)
