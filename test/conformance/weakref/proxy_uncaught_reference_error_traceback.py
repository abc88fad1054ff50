# An uncaught ReferenceError from a dead proxy ends the program with a traceback.
import weakref

class Config:
    debug = True

cfg = Config()
view = weakref.proxy(cfg)
print("debug:", view.debug)
cfg = None
print("debug:", view.debug)
