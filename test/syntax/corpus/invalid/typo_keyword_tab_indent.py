def f():
	x = 1
	retrun x
