# Class inheritance, super().__init__, method overriding and isinstance checks.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 3)]:
    print(a.describe(), isinstance(a, Dog), type(a).__name__)
print(Puppy.__mro__[1].__name__, [c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
