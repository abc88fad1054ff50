try:
    value = int("12")
except:
    value = 0
except ValueError:
    value = -1
