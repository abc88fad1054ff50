class Settings:
    debug = False
    if debug:
        return
