# gc.get_count() right after a full collection and after making some container objects.
import gc
gc.disable()
gc.collect()
print("after collect:", gc.get_count())
keep = [[] for _ in range(10)]
c = gc.get_count()
print("first generation grew:", c[0] > 0)
gc.collect()
print("after second collect:", gc.get_count())
