def f(x):
    try:
        pass
    except ValueError:
        return 1 is x
    finally:
        print(2 is x)
