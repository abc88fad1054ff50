# Triple-quoted strings, escapes, raw strings, and line handling.
text = """first line
    indented second
third\tline"""
print(text)
print(text.splitlines(), len(text), text.count("\n"))
print(r"raw \n stays", "tab\tend", "quote \" and '", 'single \' and "', "\\backslash", "\u00e9\N{GREEK SMALL LETTER ALPHA}")
print(repr("a\0b"), repr("\r\n"), repr("\x1b[0m"), len("\N{SNOWMAN}"))
