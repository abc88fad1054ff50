import re

# `match`, `case`, `type` and `_` are only keywords in specific positions.
match = re.match(r"(\w+)=(\w+)", "mode=fast")
case = match.group(1) if match else None
type = "override of the builtin, on purpose"
_ = print


def match_all(pattern, *texts, type=str):
    return [type(m[0]) for t in texts if (m := re.match(pattern, t))]


class Token:
    def __init__(self, type, value):
        self.type = type
        self.value = value

    def match(self, other):
        return self.type == other.type

    def case(self):
        return self.value.upper()


tok = Token(type="NAME", value="x")
match tok.type, tok.case():
    case "NAME", value:
        _(f"name token {value}")
    case _:
        _("something else")
match(1) if callable(match) else None
_(match_all(r"\d+", "12a", "b", "7", type=int), case, tok.match(Token("NAME", "y")))
type: str = "annotated soft keyword"
match: list = [1, 2]
match[0]
_(type, match, case)
