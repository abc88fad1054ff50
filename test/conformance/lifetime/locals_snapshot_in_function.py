# locals() inside a function is a snapshot: writing to it does not change the real local variable.
def f():
    x = 1
    snap = locals()
    snap["x"] = 99
    print("x after writing locals():", x)
    x = 2
    print("snapshot still:", snap["x"])
    print("fresh locals():", locals()["x"])

f()
