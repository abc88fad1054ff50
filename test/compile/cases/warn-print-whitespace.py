if 1:
	x = 1 is 1   
	y = 2 is 2
	z = (3
  is 3)
