# NameError for a name with no close match, raised inside a function.
def compute():
    return zzqx_value * 2

print("calling")
compute()
