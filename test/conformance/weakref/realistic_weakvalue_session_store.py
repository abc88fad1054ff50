# Sessions stored by token in a WeakValueDictionary live only while some request holds them.
import weakref

class Session:
    def __init__(self, user):
        self.user = user

store = weakref.WeakValueDictionary()

def login(user, token):
    s = Session(user)
    store[token] = s
    return s

active = [login("amy", "t1"), login("bob", "t2")]
login("eve", "t3")
print(sorted(store), store["t1"].user)
active.pop(0)
print(sorted(store))
