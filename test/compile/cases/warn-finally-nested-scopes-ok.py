def f():
    try:
        pass
    finally:
        def g():
            return 1
        for x in range(3):
            break
        while True:
            continue
        class C:
            def m(self):
                return 2
