# The else clause of a try runs only if the body raised nothing, before finally.
for value in ["10", "ten"]:
    try:
        n = int(value)
    except ValueError:
        print(value, "-> not a number")
    else:
        print(value, "-> parsed", n)
    finally:
        print("checked", value)
