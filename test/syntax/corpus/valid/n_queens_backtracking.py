def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    board = [-1] * n

    def place(row):
        if row == n:
            yield board[:]
            return
        for col in range(n):
            if col in cols or (row - col) in diag1 or (row + col) in diag2:
                continue
            board[row] = col
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            yield from place(row + 1)
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)

    yield from place(0)


def show(solution):
    n = len(solution)
    return "\n".join(" ".join("Q" if solution[r] == c else "." for c in range(n)) for r in range(n))


solutions = list(solve(6))
print(len(solutions), "solutions for 6 queens")
print(show(solutions[0]))
print({n: sum(1 for _ in solve(n)) for n in range(1, 9)})
