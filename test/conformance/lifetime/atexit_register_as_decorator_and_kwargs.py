# atexit.register works as a decorator and passes positional and keyword arguments.
import atexit

@atexit.register
def decorated():
    print("decorated handler")

def report(what, *, times=1):
    print("report", what * times)

atexit.register(report, "ab", times=3)
print("decorated is still callable:", callable(decorated))
