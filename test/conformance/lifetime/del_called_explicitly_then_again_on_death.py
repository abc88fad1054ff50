# Calling obj.__del__() by hand does not count: the interpreter calls it again when the object dies.
class C:
    def __del__(self):
        print("__del__ running")

c = C()
c.__del__()
print("called manually")
del c
print("end")
