import re

# A regular expression written without a raw string: "\d" is not an escape Python knows.
DIGITS = re.compile("\d+")
WORDS = re.compile(r"\w+")  # a raw string: no warning
matched = DIGITS.findall("a1b22")
