def f():
    for x in y:
        try:
            return x
        finally:
            try:
                pass
            except* E:
                pass
            yield from z
