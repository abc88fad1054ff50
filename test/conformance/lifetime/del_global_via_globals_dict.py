# Deleting a name through globals() drops the reference just like a del statement.
class G:
    def __del__(self):
        print("G freed")

thing = G()
print("thing" in globals())
del globals()["thing"]
print("thing" in globals())
globals()["other"] = G()
globals().pop("other")
print("end")
