from dataclasses import dataclass


@dataclass
class FieldError(ValueError):
    field: str
    reason: str

    def __str__(self):
        return f"{self.field}: {self.reason}"


def validate(user: dict) -> None:
    errors: list[Exception] = []
    if not user.get("name"):
        errors.append(FieldError("name", "required"))
    if not isinstance(user.get("age"), int):
        errors.append(TypeError("age must be an int"))
    elif user["age"] < 0:
        errors.append(FieldError("age", "negative"))
    if "@" not in user.get("email", ""):
        errors.append(FieldError("email", "invalid"))
    if errors:
        raise ExceptionGroup(f"{len(errors)} problem(s) with user", errors)


def check(user):
    report = []
    try:
        validate(user)
    except* FieldError as eg:
        report += [f"field {e}" for e in eg.exceptions]
    except* TypeError as eg:
        report += [f"type {e}" for e in eg.exceptions]
    else:
        report.append("ok")
    return report


print(check({"name": "Ana", "age": 30, "email": "ana@x.org"}))
print(check({"age": "old", "email": "nope"}))
print(check({"name": "Bo", "age": -4, "email": "b@x"}))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("disk"), KeyError("j")])])
    except* KeyError as keys:
        print("keys:", [str(e) for e in keys.exceptions], keys.message)
except* OSError as rest:
    print("left over:", rest.exceptions)
