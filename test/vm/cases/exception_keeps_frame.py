import gc

class Big:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("big freed", self.tag)

def fails():
    local = Big("local")
    raise RuntimeError("boom")

saved = None
try:
    fails()
except RuntimeError as err:
    saved = err
print("handler done, local still alive via traceback")
saved = None
print("saved cleared")

def fails_again():
    inner = Big("inner")
    raise RuntimeError("again")

try:
    fails_again()
except RuntimeError:
    print("caught without name")
print("end")
