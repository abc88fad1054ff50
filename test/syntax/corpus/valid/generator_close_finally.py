import weakref

events = []


def reader(name):
    events.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        events.append(f"close {name}")


g1 = reader("a")
next(g1)
g1.close()

g2 = reader("b")
next(g2)
probe = weakref.ref(g2)
del g2  # finalizing an unfinished generator runs its finally block

for line in reader("c"):
    if line.endswith("1"):
        break

print(events, probe())
