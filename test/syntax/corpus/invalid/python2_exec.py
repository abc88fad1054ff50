code = "x = 1"
exec "print(x)"
