# `except ... as x` unbinds x afterwards even if x held something before the try.
x = "precious"
try:
    1 / 0
except ZeroDivisionError as x:
    print("caught", type(x).__name__)
print("x defined after except:", "x" in globals())
