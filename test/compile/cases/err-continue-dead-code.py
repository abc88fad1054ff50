if 0:
    continue
