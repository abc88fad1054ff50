counter = 0


def bump():
    globl counter
    counter += 1
