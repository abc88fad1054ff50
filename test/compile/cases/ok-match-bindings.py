def f(command):
    match command:
        case ["go", direction]:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case [first, *others] if first:
            return others
        case (1 | 2) as num:
            return num
        case -1 | 1.5 | 2j | -3 + 4j | None | True | "s" | b"b":
            return None
        case Color.RED:
            return 0
        case _:
            return None
