# More str behaviour: count with overlap, rpartition, title with apostrophes, zfill with signs.
print("Hello World".swapcase(), "hello world".title(), "o'neil mcdonald-smith".title(), "3rd street".capitalize())
print("mississippi".count("ss"), "mississippi".count("i", 1, 5), "mississippi".rfind("ss"), "mississippi".rpartition("ss"))
print("  a  b  ".split(" "), "a b c d".rsplit(" ", 2), "CamelCaseString".lower(), "snake_case".upper())
print("{:^11}".format("mid"), "mid".center(11, "-"), "%-6s|%6s" % ("l", "r"))
print("tEsT".casefold() == "TeSt".casefold(), "straße".casefold() == "STRASSE".casefold(), "İ".lower(), len("İ".lower()))
print("abc".isalpha() and "abc".islower(), "ABC123".isupper(), "Title Case".istitle(), "".isspace(), " ".isspace())
print(",".join(sorted("the quick brown fox".split(), key=len)), "x".join("abc"), "line\n".rstrip("\n"))
