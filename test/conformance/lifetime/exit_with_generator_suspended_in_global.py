# A generator suspended in a global at exit is closed during shutdown and its finally runs.
def worker():
    try:
        yield "step 1"
        yield "step 2"
    finally:
        print("worker finally at shutdown")

w = worker()
print(next(w))
print("main done")
