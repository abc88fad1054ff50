naïve = 1
whille naïve:
    naïve -= 1
