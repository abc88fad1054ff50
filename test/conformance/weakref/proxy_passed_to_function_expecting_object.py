# Passing a proxy where the object is expected works until the referent dies.
import weakref

class Account:
    def __init__(self, balance):
        self.balance = balance

def report(acct):
    return f"balance: {acct.balance}"

a = Account(120)
p = weakref.proxy(a)
print(report(p))
a.balance -= 20
print(report(p))
a = None
try:
    report(p)
except ReferenceError as e:
    print("report failed:", e)
