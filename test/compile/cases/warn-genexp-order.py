g = (a is 1 for a in (2 is b) if a is 3)
l = [a is 4 for a in (5 is b) if a is 6]
