def handle(command):
    match command.split():
        case ["quit"]
            return None
        case ["go", direction]:
            return f"going {direction}"
