def level3(items):
    return items[10]

def level2(items):
    value = level3(items)
    return value

def level1():
    data = [1, 2, 3]
    return level2(data) + 1

level1()
