import time

while not ready():
time.sleep(0.1)
