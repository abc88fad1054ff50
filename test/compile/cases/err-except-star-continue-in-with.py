for x in y:
    try:
        pass
    except* ValueError:
        with lock:
            continue
