# A generator that never started has no frame state to clean up, so finally never runs.
def gen():
    try:
        print("body started")
        yield 1
    finally:
        print("finally ran")

g = gen()
print("created, not started")
del g
print("deleted unstarted generator")
h = gen()
next(h)
del h
print("end")
