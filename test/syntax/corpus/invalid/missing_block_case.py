def kind(value):
    match value:
        case int():
        case str():
            return "str"
