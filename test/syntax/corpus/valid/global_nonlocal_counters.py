calls = 0
registry = {}


def counted(fn):
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        return fn(*args, **kwargs)
    return wrapper


def make_accumulator(start=0):
    total = start
    history = []

    def add(amount):
        nonlocal total
        total += amount
        history.append(amount)
        return total

    def undo():
        nonlocal total
        if history:
            total -= history.pop()
        return total

    def reset():
        nonlocal total, history
        total, history = start, []

    return add, undo, reset


def outer():
    level = "outer"

    def middle():
        nonlocal level
        level = "middle"

        def inner():
            global registry
            nonlocal level
            registry = {"level": level}
            level = "inner"

        inner()
        return level

    return middle(), level


@counted
def ping():
    return "pong"


add, undo, reset = make_accumulator(10)
add(5)
add(7)
print(undo(), ping(), ping(), calls)
print(outer(), registry)
