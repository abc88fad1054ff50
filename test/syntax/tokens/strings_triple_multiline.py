x = '''line1
line2
  line3'''
y = """a"b""c\""""""
z = '''a\'''' + 'b'
