def first(value):
    match value:
        case [x] | (x, _) | {"first": y}:
            return x
