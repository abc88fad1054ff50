# Results of arithmetic are shared objects only within the small int cache.
a = 200
b = 56
print((a + b) is 256)
x = 200
y = 57
big1 = x + y
big2 = x + y
print(big1 == big2, big1 is big2)
print((10 - 15) is -5, (10 - 16) == -6)
