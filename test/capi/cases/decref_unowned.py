import capi

class C:
    def __del__(self):
        print("C.__del__")

x = C()
try:
    capi.Py_DECREF(x)
except SystemError as e:
    print("SystemError:", e)
capi.Py_INCREF(x)
capi.Py_DECREF(x)
try:
    capi.Py_DECREF(x)
except SystemError as e:
    print("SystemError:", e)
print("end")
