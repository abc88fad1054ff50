# Which builtins hand back shared objects: empty containers and one-character latin-1 strings.
print(b"" is bytes(), bytes() is b"".join([]), tuple() is (), "" is str(), "abc"[5:] is "")
s = "héllo€"
print(s[1] is chr(233), s[5] is chr(8364), chr(97) is "a", str(7) is "7", f"{7}" is "7", "x".upper() is "X")
words = "a b".split()
print(words[0] is "a", "".join(["q"]) is "q", str(True))
