def ratio(a, b):
    total = a + b
    return total / (a - a)

print("ratio")
result = ratio(3, 4)
