flags = 0b10120
