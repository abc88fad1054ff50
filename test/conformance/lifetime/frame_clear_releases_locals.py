# frame.clear() on a finished frame reached from a traceback releases that frame's locals.
class Held:
    def __del__(self):
        print("Held freed")

def boom():
    h = Held()
    raise RuntimeError("x")

try:
    boom()
except RuntimeError as e:
    saved = e
frame = saved.__traceback__.tb_next.tb_frame
print("frame of", frame.f_code.co_name)
frame.clear()
print("after clear")
