# A __del__ at shutdown that resurrects into a global list does not run again.
keep = []

class Phoenix:
    def __del__(self):
        print("Phoenix.__del__ at exit")
        keep.append(self)

p = Phoenix()
print("main done")
