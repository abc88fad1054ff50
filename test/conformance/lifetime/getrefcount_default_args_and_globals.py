# A function default and a global name each hold a reference to the same object.
import sys

class Conf:
    pass

conf = Conf()
base = sys.getrefcount(conf)

def use(c=conf):
    return c

print("default adds:", sys.getrefcount(conf) - base)
alias = conf
print("alias adds:", sys.getrefcount(conf) - base)
use.__defaults__ = None
print("defaults removed:", sys.getrefcount(conf) - base)
