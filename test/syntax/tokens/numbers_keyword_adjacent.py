x = 1if y else 2
z = 0x1for x
w = 1or 2
v = 1_0in y
u = 1.5and 2
t = 1e5is 2
s = 0not in y
