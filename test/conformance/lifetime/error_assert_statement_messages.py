# assert raises AssertionError with or without a message; the uncaught one is shown last.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(1))
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e))
check(-3)
