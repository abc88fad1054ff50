def first_error(tasks):
    try:
        tasks.run_all()
    except* OSError as group:
        return group.exceptions[0]
