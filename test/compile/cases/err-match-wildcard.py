match command:
    case _:
        pass
    case "go":
        pass
