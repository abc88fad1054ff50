s = 'abc\
def'
t = b'x\
'
