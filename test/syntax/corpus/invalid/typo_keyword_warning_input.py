def pattern():
    retrun "\d+"
