# global and nonlocal statements changing variables in enclosing scopes.
count = 0

def bump():
    global count
    count += 1
    return count

def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add

bump(); bump()
print("count", count)
acc = make_acc()
print(acc(5), acc(10), acc(-3))
other = make_acc()
print(other(1), acc(0))

def shadow():
    count = 100
    return count
print(shadow(), count)
