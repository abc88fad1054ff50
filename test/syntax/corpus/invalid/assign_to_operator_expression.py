width, height = 3, 4
width * height = area
print(area)
