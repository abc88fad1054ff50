def f():
    for y in range(3):
        try:
            pass
        finally:
            for x in range(3):
                pass
            else:
                break
