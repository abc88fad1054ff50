values = [1, -2, 3]
total = 0
if values[0] < 0:
    continue
total += values[0]
