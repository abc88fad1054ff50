def first():
    pass


def second():
    if True:
        pass
    retrun 2
