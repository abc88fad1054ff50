# Recursive permutations of a string and counting N-queens solutions for small N.
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]

print(perms("abc"))

def queens(n, row=0, cols=(), d1=(), d2=()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols + (c,), d1 + (row - c,), d2 + (row + c,))
               for c in range(n) if c not in cols and row - c not in d1 and row + c not in d2)

print([queens(n) for n in range(1, 8)])
