# Cleanup in an except block followed by a bare raise: the handler's local lives until the caller's handler finishes (the traceback holds its frame).
class Tmp:
    def __del__(self):
        print("handler temp freed")

def step():
    try:
        raise ValueError("step failed")
    except ValueError:
        t = Tmp()
        print("cleaning up")
        raise

try:
    step()
except ValueError as e:
    print("caller caught:", e)
print("end")
