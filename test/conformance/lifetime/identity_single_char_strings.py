# One-character latin-1 strings are cached singletons, even when produced by indexing or chr().
s = "abcabc"
a = "a"
y = "y"
seven = "7"
print(s[0] is s[3])
print(chr(97) is a)
word = "".join(["x", "y", "z"])
print(word[1] is y)
print(str(7) is seven)
accented = "é€"
print(accented[0] is chr(233))
print(accented[1] is chr(8364))
