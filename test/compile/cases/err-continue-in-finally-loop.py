for x in y:
    try:
        pass
    finally:
        def g():
            continue
