import sys

line = sys.stdin.readline()
while line = sys.stdin.readline():
    print(line)
