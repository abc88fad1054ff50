# A handler registered while atexit handlers are running is still run (3.11 and 3.14 may differ).
import atexit

def late():
    print("late handler")

def first():
    print("first handler registering late")
    atexit.register(late)

atexit.register(first)
print("main ends")
