data = [[1, 2], [3]]
flat = [x for row in (rows := data) for x in row]
