import gc

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ runs for", self.name)
        graveyard.append(self)

p = Phoenix("p")
del p
print("resurrected:", len(graveyard), graveyard[0].name)
graveyard.clear()
print("cleared; __del__ does not run twice")
gc.collect()
print("end")
