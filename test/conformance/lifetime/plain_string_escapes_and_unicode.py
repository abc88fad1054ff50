# String escapes, raw strings, unicode code points, len and encode.
s = "tab\there\nnew line"
print(s)
print(repr(s), len(s))
raw = r"C:\new\table"
print(raw, len(raw))
print("caf\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\x41", len("naïve"))
print("é".encode("utf-8"), "€".encode("utf-8"), b"\xe2\x82\xac".decode("utf-8"))
print("straße".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print(sorted("hello"), "".join(sorted("hello", reverse=True)))
print("multi\
line continuation")
