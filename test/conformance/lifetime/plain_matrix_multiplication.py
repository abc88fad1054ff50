# Multiplying small matrices written as lists of lists, and an identity check.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
C = matmul(A, B)
for row in C:
    print(" ".join(f"{v:4}" for v in row))
I = [[1 if i == j else 0 for j in range(2)] for i in range(2)]
print(matmul(I, [[9, 8], [7, 6]]))
print(matmul([[2]], [[21]]))
