square = lambda x: int: x * x
