# An object stored as a value in two dicts is freed only when removed from both.
class V:
    def __del__(self):
        print("V freed")

by_id = {}
by_name = {}
v = V()
by_id[1] = v
by_name["v"] = v
del v
by_id.clear()
print("removed from by_id")
by_name.pop("v")
print("end")
