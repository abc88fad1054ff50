# Collatz sequences with while loops, tracking the longest chain below 30.
def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps

print(collatz(6))
print(len(collatz(27)), max(collatz(27)))
best = max(range(1, 30), key=lambda n: len(collatz(n)))
print("longest below 30 starts at", best, "with", len(collatz(best)), "terms")
