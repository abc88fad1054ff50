# A callback can rescue a different object (not the dead referent) by storing it somewhere.
import weakref

class Session:
    def __init__(self, data):
        self.data = data

class Data:
    def __init__(self, v):
        self.v = v

rescued = []

def on_session_end(ref, box={}):
    print("callback rescuing data")
    rescued.append(box["data"])

s = Session(Data(42))
on_session_end.__defaults__[0]["data"] = s.data
r = weakref.ref(s, on_session_end)
del s
print("rescued data:", rescued[0].v)
