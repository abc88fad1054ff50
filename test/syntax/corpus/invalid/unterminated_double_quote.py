LOG_FORMAT = "%(asctime)s %(levelname)s %(message)s
print(LOG_FORMAT)
