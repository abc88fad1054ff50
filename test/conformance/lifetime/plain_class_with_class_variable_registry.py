# A class-level list registering every instance's name, with a classmethod report.
class Student:
    roster = []
    def __init__(self, name, year):
        self.name = name
        self.year = year
        Student.roster.append(name)
    @classmethod
    def count(cls):
        return len(cls.roster)
    def __str__(self):
        return f"{self.name} (year {self.year})"

people = [Student("Ana", 1), Student("Raj", 3), Student("Li", 2)]
print(Student.count(), Student.roster)
print(", ".join(str(p) for p in sorted(people, key=lambda p: p.year)))
print(people[0].roster is Student.roster)
