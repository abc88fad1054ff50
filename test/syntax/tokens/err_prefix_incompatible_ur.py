x = RU'a'
