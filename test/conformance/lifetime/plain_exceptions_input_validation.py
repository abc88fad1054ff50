# Validating a list of fake user inputs with try/except/else and custom messages.
inputs = ["12", "-3", "abc", "7.5", "0", "1000"]

def parse_age(text):
    try:
        age = int(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a whole number") from None
    if not 0 < age < 150:
        raise ValueError(f"{age} is out of range")
    return age

valid = []
for t in inputs:
    try:
        a = parse_age(t)
    except ValueError as e:
        print("invalid:", e)
    else:
        valid.append(a)
        print("ok:", a)
print("valid ages:", valid)
