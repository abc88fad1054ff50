def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("caught:", e)

try:
    [][3]
except IndexError as e:
    print("index:", e)
finally:
    print("finally runs")

def nested():
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("outer")

try:
    nested()
except KeyError as e:
    print("key error", e, type(e.__context__).__name__)

class MyError(Exception):
    pass

try:
    raise MyError("custom", 42)
except Exception as e:
    print(type(e).__name__, e.args)

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("e defined?", 'e' in dir() if False else "skip")
