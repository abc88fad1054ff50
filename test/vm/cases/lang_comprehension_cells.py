def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(matmul([[1,2],[3,4]], [[5,6],[7,8]]))
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
def g():
    x = 10
    fs = [lambda: x for x in range(3)]
    return x, [f() for f in fs]
print(g())
armstrong = [n for n in range(1, 200) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(armstrong)
