# An exception saved in a global keeps its traceback frames' locals until the program exits.
class Local:
    def __del__(self):
        print("frame local finalized at exit")

def fail():
    l = Local()
    raise ValueError("saved")

try:
    fail()
except ValueError as e:
    last_error = e
print("saved:", last_error)
