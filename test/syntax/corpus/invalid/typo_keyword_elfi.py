value = 3
if value == 1:
    kind = "one"
elfi value == 2:
    kind = "two"
