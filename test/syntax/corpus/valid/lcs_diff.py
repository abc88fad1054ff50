def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t


def diff(a: list[str], b: list[str]):
    t = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield " ", a[i]
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            yield "-", a[i]
            i += 1
        else:
            yield "+", b[j]
            j += 1
    yield from (("-", x) for x in a[i:])
    yield from (("+", x) for x in b[j:])


old = "import gc\nx = []\nx.append(x)\ndel x\nprint(gc.collect())".splitlines()
new = "import gc\nimport weakref\nx = []\nr = weakref.ref(x) if False else None\ndel x\nprint(gc.collect())".splitlines()
for tag, line in diff(old, new):
    print(tag, line)
