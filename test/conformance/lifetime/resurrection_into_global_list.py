# A __del__ that stores self in a global list keeps the object alive and usable.
graveyard = []

class Zombie:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("dying:", self.name)
        graveyard.append(self)

z = Zombie("z1")
z = None
print("graveyard:", [g.name for g in graveyard])
print("still works:", graveyard[0].name.upper())
graveyard.clear()
print("cleared graveyard, no second __del__")
