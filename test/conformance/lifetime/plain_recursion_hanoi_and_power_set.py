# Towers of Hanoi move list and a recursive power set.
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src, moves)

m = []
hanoi(3, "A", "C", "B", m)
print(len(m), " ".join(m))

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

print(subsets([1, 2, 3]))
