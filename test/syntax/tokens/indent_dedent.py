if a:
    if b:
        c
    d
else:
  e
  while f:
          g
h
