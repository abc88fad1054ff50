# gc.collect accepts a generation number; a bad generation raises ValueError.
import gc
gc.disable()
gc.collect()

x = []
x.append(x)
del x
print("gen 0:", gc.collect(0))
y = {}
y[0] = y
del y
print("gen 2:", gc.collect(2))
try:
    gc.collect(7)
except ValueError as e:
    print("ValueError:", e)
