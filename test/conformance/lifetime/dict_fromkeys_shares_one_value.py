# dict.fromkeys stores the same value object under every key, so it dies after the last key goes.
class V:
    def __del__(self):
        print("shared value freed")

d = dict.fromkeys(["a", "b", "c"], V())
print(d["a"] is d["c"])
del d["a"]
del d["b"]
print("two keys removed")
del d["c"]
print("end")
