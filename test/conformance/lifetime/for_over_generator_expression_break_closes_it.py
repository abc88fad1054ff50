# Breaking out of a loop over an unnamed generator closes it immediately, since nothing else refers to it.
def source():
    try:
        yield from range(10)
    finally:
        print("source closed")

for x in (v * 2 for v in source()):
    if x > 2:
        break
print("after loop, x =", x)
