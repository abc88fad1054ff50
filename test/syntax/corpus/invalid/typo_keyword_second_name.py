x = [1]
for y inn x:
    pass
