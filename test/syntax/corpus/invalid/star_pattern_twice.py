def middle(seq):
    match seq:
        case [*head, x, *tail]:
            return x
