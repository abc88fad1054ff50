def same(pair):
    match pair:
        case [x, x]:
            return True
    return False
