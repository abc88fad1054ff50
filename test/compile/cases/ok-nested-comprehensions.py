def f(matrix):
    return [[cell for cell in row] for row in matrix if [r for r in row]]
