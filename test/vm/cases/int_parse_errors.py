# int() conversion errors and their messages.
cases = [("abc",), ("12", 1), ("12", 37), (1.5, 10), (None,), ("1__0",), ("_1",), ("1_",), ("010", 0), ("",), ("  ",), ("0x",), ("12", 2), ("9", 8), (float("nan"),), (float("inf"),), ([1],), ("1" * 5000,)]
for args in cases:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        msg = str(e)
        print(type(e).__name__, msg[:120])
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)))
