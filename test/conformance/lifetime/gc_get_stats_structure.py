# gc.get_stats() returns one dict per generation with the same keys.
import gc
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats][0])
print(all(isinstance(v, int) for s in stats for v in s.values()))
