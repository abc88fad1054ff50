# An instance references its class, so a class deleted from its name lives on while instances exist.
import gc

class Marker:
    def __del__(self):
        print("marker on class freed")

class Kind:
    mark = Marker()

obj = Kind()
del Kind
gc.collect()
print("class name gone; instance type:", type(obj).__name__)
del obj
gc.collect()
print("end")
