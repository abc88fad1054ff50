if x:
    	y
		z
