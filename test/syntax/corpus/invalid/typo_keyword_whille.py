items = [1, 2, 3]
whille items:
    items.pop()
