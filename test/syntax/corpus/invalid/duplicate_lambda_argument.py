area = lambda w, h, w: w * h
print(area(2, 3, 4))
