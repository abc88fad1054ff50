foo(a, [b,
  c
