enabled = False


def enable():
    enabled = True
    global enabled
