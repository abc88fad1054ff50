class C:
    global y
    y: int
