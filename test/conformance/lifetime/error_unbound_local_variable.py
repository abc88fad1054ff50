# Assigning to a name later in a function makes earlier reads raise UnboundLocalError.
total = 10

def add_one():
    total += 1
    return total

try:
    add_one()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
add_one()
