limit = 10
value = 3
value < limit = True
