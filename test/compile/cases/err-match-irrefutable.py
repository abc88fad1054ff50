match command:
    case action:
        pass
    case _:
        pass
