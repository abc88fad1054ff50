limit = 10


def set_limit(limit):
    global limit
    limit = 20
