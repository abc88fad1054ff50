single = 'single'
double = "double"
triple_s = '''triple
single'''
triple_d = """triple "double" with 'quotes'"""
raw = r"C:\new\table\x"
raw_upper = R'\d+\s*'
bytes_ = b"\x00\xff bytes"
bytes_upper = B'abc'
raw_bytes = rb"\raw\bytes"
raw_bytes2 = Br"\B"
raw_bytes3 = bR'x'
unicode_prefix = u"legacy unicode prefix"
escapes = "tab\tnewline\nquote\"backslash\\bell\a nul\0 octal\101 hex\x41 uni\u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA}"
concat = "implicit " 'concatenation ' """of several """ '''kinds'''
concat_lines = ("first part, "
                "second part, "
                "third part")
bytes_concat = b"ab" b'cd' rb"\e"
emoji = "🐍 snakes and 🦀 crabs, naïve café, 你好, Ελληνικά"
line_cont = "a string with a \
line continuation inside"
empty = ""
empty_triple = """"""
quote_edge = """ends with a quote\""""
print(len(escapes), concat, bytes_concat, emoji[0], line_cont)
