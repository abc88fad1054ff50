def check(z):
    match z:
        case 1 + 2:
            return "three"
