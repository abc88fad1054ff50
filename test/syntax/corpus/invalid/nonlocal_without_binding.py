def make_counter():
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
