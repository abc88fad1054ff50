a = __debug__()
b = __debug__[0]
c = x[__debug__]
d = x is __debug__
