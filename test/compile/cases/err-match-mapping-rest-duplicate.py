match value:
    case {"k": rest, **rest}:
        pass
