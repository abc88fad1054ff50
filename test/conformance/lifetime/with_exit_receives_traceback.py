# __exit__ gets the exception type, value and traceback; the traceback names the raising line's function.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, str(ev), tb.tb_frame.f_code.co_name, tb.tb_lineno)
        return True

def fn():
    with Inspect():
        x = 1
        raise NameError("custom")

fn()
print("end")
