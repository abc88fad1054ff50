# An object held in a list that the object itself holds is freed only by the collector, with its __del__.
import gc
gc.disable()
gc.collect()

class Owner:
    def __init__(self):
        self.children = []
    def __del__(self):
        print("Owner.__del__, children:", len(self.children))

o = Owner()
o.children.append(o)
o.children.append("tail")
del o
print("deleted")
print("collect:", gc.collect())
