# A person owns pets strongly and each pet points back weakly to its owner.
import weakref

class Person:
    def __init__(self, name):
        self.name = name
        self.pets = []
    def adopt(self, pet):
        self.pets.append(pet)
        pet.owner_ref = weakref.ref(self)
    def __del__(self):
        print("person", self.name, "freed")

class Pet:
    def __init__(self, name):
        self.name = name
        self.owner_ref = lambda: None
    def owner_name(self):
        o = self.owner_ref()
        return o.name if o else "stray"

p = Person("Zoe")
rex = Pet("Rex")
p.adopt(rex)
print(rex.name, "belongs to", rex.owner_name())
del p
print(rex.name, "belongs to", rex.owner_name())
