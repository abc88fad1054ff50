# Manual memoization with a dict, counting how many calls were saved.
calls = 0
memo = {}

def paths(r, c):
    global calls
    calls += 1
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]

print(paths(10, 10), "calls:", calls)
calls = 0
print(paths(16, 16), "calls:", calls, "memo size:", len(memo))
