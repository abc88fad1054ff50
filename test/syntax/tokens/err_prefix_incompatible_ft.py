x = Tf'a'
