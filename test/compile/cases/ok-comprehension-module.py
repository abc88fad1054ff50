data = [1, 2, 3]
squares = [x * x for x in data]
nested = [[y for y in range(x)] for x in data]
x = "module x survives"
