def factory():
    class Inner:
        nonlocal missing
        value = 1
    return Inner
