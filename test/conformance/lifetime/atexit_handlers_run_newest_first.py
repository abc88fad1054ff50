# atexit handlers run after the main script ends, in reverse order of registration.
import atexit

def bye(name):
    print("atexit:", name)

atexit.register(bye, "registered first")
atexit.register(bye, "registered second")
atexit.register(bye, "registered third")
print("script body done")
