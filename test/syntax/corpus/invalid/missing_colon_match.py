def handle(command):
    match command.split()
        case ["go", direction]:
            return f"going {direction}"
        case _:
            return "unknown"
