for x in range(3):
    try:
        pass
    finally:
        if x:
            break
        else:
            continue
