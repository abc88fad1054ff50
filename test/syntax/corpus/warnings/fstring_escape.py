name = "world"
# In an f-string's literal part the escape is reported on the line where the literal ends,
# plus the lines before the escape.
greeting = f"hello \d {name}"
multi = f"""{name}
\p
{name}"""
single_line_after = 1
