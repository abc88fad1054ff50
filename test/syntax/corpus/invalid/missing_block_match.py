def kind(value):
    match value:
    case int():
        return "int"
