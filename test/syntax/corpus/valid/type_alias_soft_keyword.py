# `type`, `match`, `case` and `_` are soft keywords: still fine as names.
type = "plain string"
match = {"case": 1, "type": 2}
case = [match, type]
_ = len(case)

type Json = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
type Ids = list[int]


def type_of(value) -> str:
    match value:
        case {"type": type_}:
            return f"tagged {type_}"
        case _:
            return __builtins__.type(value).__name__ if False else "untagged"


class Record:
    type: str = "record"
    match: int = 0

    def case(self, match, /, type=None):
        return match, type


print(type, match["case"], case[1], _)
print(type_of(match), Record().case(1, type="x"))
match match:
    case {"case": 1, **rest}:
        print("rest:", rest)
    case _:
        pass
