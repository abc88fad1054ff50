match x:
    case {-1: a, 2: b, -1: c}:
        pass
