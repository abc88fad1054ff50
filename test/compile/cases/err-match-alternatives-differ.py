match value:
    case [x, 1] | [1, y]:
        pass
