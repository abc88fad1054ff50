def record(event, **fields, level):
    return event, fields, level
