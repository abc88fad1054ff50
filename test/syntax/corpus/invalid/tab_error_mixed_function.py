def area(width, height):
        result = width * height
	return result
