def f():
    try:
        pass
    finally:
        try:
            return 1
        finally:
            1 is x
