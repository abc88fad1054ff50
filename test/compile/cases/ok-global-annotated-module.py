global x
x: int = 1
class C:
    global y
    y = 2
