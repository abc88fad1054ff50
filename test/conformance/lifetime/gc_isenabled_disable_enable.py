# gc.isenabled() reflects gc.disable() and gc.enable(); gc.collect() still works while disabled.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
l = []
l.append(l)
del l
print("manual collect while disabled finds:", gc.collect())
gc.enable()
print(gc.isenabled())
