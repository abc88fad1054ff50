def status(code):
    match code:
        case 200:
            return "ok"
        case _:
            return "error"
        case 404:
            return "missing"
