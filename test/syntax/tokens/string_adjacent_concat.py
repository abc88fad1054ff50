x = ('a'
     'b' f'c'
     "d")
