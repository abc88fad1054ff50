import weakref


class Config:
    debug = True


config = Config()
view = weakref.proxy(config)
print(view.debug)
config = None
try:
    print(view.debug)
except ReferenceError as e:
    print("ReferenceError:", e)
