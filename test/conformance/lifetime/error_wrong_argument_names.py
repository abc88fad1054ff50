# TypeError texts for unexpected, missing and duplicated keyword arguments.
def greet(name, greeting="hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("ana"))
print(greet("bo", punct="?"))
calls = [
    lambda: greet(),
    lambda: greet("x", nme="y"),
    lambda: greet("x", name="y"),
    lambda: greet("x", "hi", "!"),
    lambda: greet(punct="."),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
