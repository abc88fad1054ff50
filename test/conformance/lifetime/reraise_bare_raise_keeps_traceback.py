# A bare `raise` in an except block re-raises the same object with the original traceback extended.
def inner():
    raise KeyError("orig")

def outer():
    try:
        inner()
    except KeyError as e:
        print("logging", repr(e))
        raise

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)
