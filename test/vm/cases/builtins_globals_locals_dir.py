# globals(), locals() snapshots inside functions, and dir() with no arguments.
counter = 1
def f(a, b=2):
    c = a + b
    snap = locals()
    c = 100
    return snap, sorted(dir())
snap, names = f(1)
print(snap, names)
print("counter" in globals(), globals()["counter"], locals() is globals())
