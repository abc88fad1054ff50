if x:
  é = \
 1
 z
