x = 1
y = 2
del x + y
