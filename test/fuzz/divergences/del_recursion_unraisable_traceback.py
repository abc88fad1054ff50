# A __del__ that creates an object of its own class, which dies at once: the finalizers nest until
# the recursion limit. CPython reports one RecursionError whose traceback has the innermost
# __del__'s frame only; the engine's has the frames of many nested __del__ calls.
class C:
    def __del__(self):
        C()

C()
print("end")
