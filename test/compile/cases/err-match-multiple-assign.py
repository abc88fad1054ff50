match point:
    case (x, [y, x]):
        pass
