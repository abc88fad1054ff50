def größe(ä, ä):
    pass
