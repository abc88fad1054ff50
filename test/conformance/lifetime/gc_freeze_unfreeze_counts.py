# gc.freeze moves every tracked object to a permanent generation that collections ignore.
import gc
gc.disable()
gc.collect()

print("frozen before:", gc.get_freeze_count() == 0)
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
cyc = []
cyc.append(cyc)
del cyc
print("new cycle still collected:", gc.collect())
gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())
