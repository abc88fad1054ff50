MASK = 0xFFG0
print(MASK)
