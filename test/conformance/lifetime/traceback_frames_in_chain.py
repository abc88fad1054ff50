# A traceback walks every frame between the handler and the raise point.
def a():
    b()
def b():
    c()
def c():
    raise LookupError("deep")

try:
    a()
except LookupError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
