match x:
    case {1 + 2j: a, 1.0 + 2j: b}:
        pass
