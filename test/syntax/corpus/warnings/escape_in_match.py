command = "go"
match command:
    case "\go":
        where = 1
    case b"\x41\k":
        where = 2
    case _:
        where = 0
