# Generator state moves through created, suspended, running and closed, as inspected via gi_frame and gi_running.
def gen():
    print("running flag inside:", g.gi_running)
    yield 1

g = gen()
print("frame before start:", g.gi_frame is not None, "suspended:", g.gi_suspended)
next(g)
print("suspended:", g.gi_suspended, "running:", g.gi_running)
g.close()
print("frame after close:", g.gi_frame)
