from string.templatelib import Interpolation, Template


class SQL:
    def __init__(self, text: str, params: tuple):
        self.text, self.params = text, params

    def __repr__(self):
        return f"SQL({self.text!r}, {self.params!r})"


def sql(template: Template) -> SQL:
    text, params = [], []
    for part in template:
        if isinstance(part, Interpolation):
            if part.format_spec == "ident":
                name = str(part.value)
                if not name.isidentifier():
                    raise ValueError(f"bad identifier {name!r}")
                text.append(f'"{name}"')
            else:
                text.append("?")
                params.append(part.value)
        else:
            text.append(part)
    return SQL("".join(text), tuple(params))


table = "users"
name = "Robert'); DROP TABLE students;--"
min_age = 18
q = sql(t"SELECT * FROM {table:ident} WHERE name = {name} AND age >= {min_age}")
print(q)
columns = ["id", "email"]
q2 = sql(t"SELECT {columns[0]:ident}, {columns[1]:ident} FROM {table:ident} WHERE id IN ({1}, {2 + 1})")
print(q2)
empty = t""
print(list(empty), t"{min_age}".values, t"{min_age=}".strings)
