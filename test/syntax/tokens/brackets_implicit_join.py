x = [1,  # one

     2,
  # comment
        3]
y = {
'a': (1,
2),
}
z = f(a,
      b)(c)
