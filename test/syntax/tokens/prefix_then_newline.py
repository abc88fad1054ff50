f
rb
u = 1
