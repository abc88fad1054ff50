# Storing a caught exception in a local of the frame it passes through forms a cycle freed by gc.
import gc
gc.disable()

class Marker:
    def __del__(self):
        print("marker freed")

def handler():
    m = Marker()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return "returned"

print(handler())
print("after return: marker still alive in the cycle")
print("collected > 0:", gc.collect() > 0)
print("end")
