# Escapes that are valid produce no warning: \N{...}, \x, \u, \U, octal up to \377, newline.
ok = "\N{BULLET}\x41\u0041\U00000041\101\
continued"
bad = "\8\9"
