# The warning names the line the escape is on, not the line the literal starts on.
doc = """first line
second \line
third"""

other = b'''
\c
'''
lines = doc.splitlines() + [other]
