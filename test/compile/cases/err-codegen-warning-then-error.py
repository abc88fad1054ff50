x = 1 is 1
y = (1)(2)
break
z = 2 is 2
