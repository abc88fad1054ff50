def f():
    try:
        pass
    except* ValueError:
        for i in range(3):
            break
        return
