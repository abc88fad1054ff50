n = 1
# The closing quotes' line plus the newlines before the escape can point past the last line:
# then no source line is printed.
s = f"""
\d
{n}
"""
