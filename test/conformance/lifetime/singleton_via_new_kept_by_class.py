# A singleton created in __new__ is kept alive by the class; __init__ still runs on every call.
class Config:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("__init__ runs")
    def __del__(self):
        print("singleton finalized")

a = Config()
b = Config()
print(a is b)
del a, b
print("names gone; class still holds it")
Config._instance = None
print("end")
