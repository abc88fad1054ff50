# __del__ set on an instance (not the class) is never called; only type slots count.
class Plain:
    pass

p = Plain()
p.__del__ = lambda: print("instance-level __del__ (never)")
del p
print("nothing printed by instance attribute")
