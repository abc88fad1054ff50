# Tracking which of many finalizers are still alive after some objects die.
import weakref

class Conn:
    pass

conns = {i: Conn() for i in range(6)}
fins = {i: weakref.finalize(c, lambda: None) for i, c in conns.items()}
for i in (1, 3, 4):
    del conns[i]
print([i for i, f in fins.items() if f.alive])
conns.clear()
print([i for i, f in fins.items() if f.alive])
