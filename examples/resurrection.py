# __del__ can store `self` somewhere: the object is resurrected, and __del__ never runs twice.
import gc

graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)
        graveyard.append(self)   # a new strong reference: the object lives on


bird = Phoenix("fawkes")
del bird                  # __del__ runs and resurrects it
print("alive again:", graveyard[0].name)

graveyard.clear()         # the last reference goes: freed now, without a second __del__
gc.collect()
print("done")
