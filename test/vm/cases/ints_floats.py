print(2 ** 100, -7 // 2, -7 % 2, 7 // -2, 2 ** -2)
print(0.1 + 0.2, 1e16, 1e-5, 1 / 3, 10 / 2, 3.0, -0.0)
print(12345678901234567890 * 98765432109876543210)
a = 256
b = 256
print(a is b)
big1 = int("1000")
big2 = int("1000")
print(big1 is big2, big1 == big2)
print(round(2.5), round(3.5), round(2.675, 2), abs(-4), divmod(17, 5))
print(int(3.9), float("2.5"), int("-42"), bool(0), bool(""), bool([0]))
print(max(3, 1, 4), min([5, 2, 8]), sorted([3, 1, 2], reverse=True))
print(f"{3.14159:.2f} {42:5d} {'x':>3} {7:03d}")
