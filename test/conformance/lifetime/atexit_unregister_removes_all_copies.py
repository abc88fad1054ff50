# atexit.unregister removes every registration of that function.
import atexit

def a():
    print("a ran")

def b():
    print("b ran")

atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)
print("registered a twice and b once, then unregistered a")
