# A return inside finally discards the in-flight exception (3.14 also warns at compile time).
def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(f())
