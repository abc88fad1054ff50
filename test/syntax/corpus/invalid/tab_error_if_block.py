def check(x):
	if x:
		print('yes')
	        print('also yes')
