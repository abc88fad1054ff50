def f():
    try:
        return
    finally:
        try:
            pass
        except* E:
            return
