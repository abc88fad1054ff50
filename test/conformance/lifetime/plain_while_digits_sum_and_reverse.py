# Digit manipulation with while loops: sum of digits, reversing, Armstrong numbers.
def digit_sum(n):
    total = 0
    while n:
        n, d = divmod(n, 10)
        total += d
    return total

def reverse(n):
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return r

print(digit_sum(987654321), reverse(12340), reverse(7))
armstrong = [n for n in range(1, 1000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(armstrong)
print(digit_sum(2 ** 100), reverse(2 ** 64))
