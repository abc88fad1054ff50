def describe(value):
    match value:
        case other:
            return f"something: {other}"
        case 0:
            return "zero"
