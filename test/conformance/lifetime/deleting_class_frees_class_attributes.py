# A class with no instances and no other references is freed with its attributes by the cycle collector.
import gc
gc.disable()

class Payload:
    def __del__(self):
        print("payload freed")

class Temp:
    data = Payload()

print("delete class")
del Temp
print("class name removed (classes are in cycles)")
print("collected something:", gc.collect() > 0)
print("end")
