for i in range(3):
    pas i
