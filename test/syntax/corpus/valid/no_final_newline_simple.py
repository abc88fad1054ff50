from weakref import ref


class Ghost:
    pass


g = Ghost()
r = ref(g)
del g
print("dead" if r() is None else "alive")