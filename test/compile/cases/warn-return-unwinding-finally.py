def f():
    for x in y:
        try:
            if x:
                return (1)(2)
            continue
        finally:
            (3)(4)
            with z:
                (5)(6)
