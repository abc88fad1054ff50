# The number gc.collect() reports for self-referencing instances with and without extra attributes.
import gc
gc.disable()
gc.collect()

class Plain:
    pass

for attrs in [0, 1, 3]:
    for _ in range(10):
        p = Plain()
        p.me = p
        for i in range(attrs):
            setattr(p, f"a{i}", [i])
    del p
    print(f"10 self-cycles with {attrs} list attributes ->", gc.collect())
