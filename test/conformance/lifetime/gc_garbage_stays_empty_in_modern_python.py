# Since PEP 442, cycles with __del__ are collected and gc.garbage stays empty.
import gc
gc.disable()
gc.collect()

class D:
    def __del__(self):
        print("D.__del__")

x = D()
y = D()
x.y, y.x = y, x
del x, y
print("collected:", gc.collect())
print("gc.garbage:", gc.garbage)
