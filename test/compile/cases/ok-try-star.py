def f():
    try:
        pass
    except* OSError as group:
        print(group)
    except* ValueError:
        pass
    for x in y:
        try:
            pass
        except* E:
            for z in x:
                continue
