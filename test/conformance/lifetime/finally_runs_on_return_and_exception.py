# finally runs whether the try block returns, raises or completes normally.
def f(mode):
    try:
        if mode == "return":
            return "returned"
        if mode == "raise":
            raise ValueError(mode)
        print("normal path")
    finally:
        print("finally for", mode)
    return "fell through"

print(f("normal"))
print(f("return"))
try:
    f("raise")
except ValueError as e:
    print("caught", e)
