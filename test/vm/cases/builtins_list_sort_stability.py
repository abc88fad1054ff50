# list.sort is stable, honours reverse without breaking stability, and calls key once per item.
calls = []
def key(p):
    calls.append(p[0])
    return p[1]
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(data, key=key), calls)
print(sorted(data, key=lambda p: p[1], reverse=True))
big = [(i * 7919) % 101 for i in range(150)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], big == sorted(big))
words = "The quick brown fox jumps over the lazy dog".split()
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
