def greet(name: str = "world") -> str:
    return f"hello, {name}"


def shout(name: str) -> str:
    return greet(name).upper() + "!"


if __name__ == "__main__":
    print(greet())
    print(greet("Åsa"), shout("Zoë"))
# the file ends right after this comment, with no newline