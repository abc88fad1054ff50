# Which str operations hand back the same object (identity results CPython guarantees).
s = "hello"
print(s.strip() is s, s.lower() is s, s.replace("z", "y") is s, s[:] is s, s + "" is s, "" + s is s, s * 1 is s, str(s) is s, format(s) is s, f"{s}" is s)
print(s.upper() is s, s.split()[0] is s, s.partition("z")[0] is s, s.center(3) is s, s.zfill(2) is s, s.removeprefix("x") is s)
t = "a"
print(t * 1 is t, chr(97) is t, "ab"[0] is t, "".join(["a"]) is t)
