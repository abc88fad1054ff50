def total(prices):
    return sum(p * 1.2 for p in prices]


print(total([1.0, 2.5]))
