import gc


class Tracked:
    pass


def generation_of(obj) -> int | None:
    for gen in range(3):
        if any(o is obj for o in gc.get_objects(generation=gen)):
            return gen
    return None


gc.collect()
x = Tracked()
x.cycle = x
print("new object:", generation_of(x))
gc.collect(0)
print("after collect(0):", generation_of(x))
gc.collect(1)
print("after collect(1):", generation_of(x))
gc.collect()
print("after full collect:", generation_of(x))
del x
print("young count:", gc.get_count()[0] >= 0)
