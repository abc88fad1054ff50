# Adding __del__ to a class after instances exist still makes those instances call it.
class Late:
    pass

a = Late()
Late.__del__ = lambda self: print("late __del__ ran")
b = Late()
del a
del b
print("end")
