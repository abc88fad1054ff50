obj.__debug__ = True
