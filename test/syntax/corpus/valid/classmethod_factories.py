from __future__ import annotations

import json
from datetime import date


class Person:
    _count = 0

    def __init__(self, name: str, born: date) -> None:
        self.name, self.born = name, born
        type(self)._count += 1

    @classmethod
    def from_dict(cls, data: dict) -> Person:
        return cls(data["name"], date.fromisoformat(data["born"]))

    @classmethod
    def from_json(cls, text: str) -> list[Person]:
        return [cls.from_dict(d) for d in json.loads(text)]

    @classmethod
    def created(cls) -> int:
        return cls._count

    @staticmethod
    def valid_name(name: str) -> bool:
        return bool(name) and name[0].isupper() and all(c.isalpha() or c in " -'" for c in name)

    @staticmethod
    def _age_on(born: date, today: date) -> int:
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    def age(self, today: date | None = None) -> int:
        return self._age_on(self.born, today or date.today())

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.born.isoformat()})"


class Employee(Person):
    _count = 0

    @classmethod
    def from_dict(cls, data):
        emp = super().from_dict(data)
        emp.team = data.get("team", "none")
        return emp


people = Person.from_json('[{"name": "Ada Lovelace", "born": "1815-12-10"}, {"name": "Alan Turing", "born": "1912-06-23"}]')
staff = Employee.from_dict({"name": "Grace Hopper", "born": "1906-12-09", "team": "compilers"})
print(people, staff, staff.team, Person.created(), Employee.created())
print([p.age(date(2000, 1, 1)) for p in people], Person.valid_name("O'Brien"), Employee.valid_name("x1"))
