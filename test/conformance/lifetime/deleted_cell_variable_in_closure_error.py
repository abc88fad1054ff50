# Deleting a variable that a closure captured makes the closure fail with a NameError about the free variable.
def outer():
    x = [1, 2]
    def show():
        return x
    print(show())
    del x
    try:
        show()
    except NameError as e:
        print(type(e).__name__, "|", e)

outer()
