# Raising inside an except block replaces the handled exception, which becomes __context__.
def g():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")

try:
    g()
except IndexError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
