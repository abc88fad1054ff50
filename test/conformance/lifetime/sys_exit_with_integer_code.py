# sys.exit(3) ends the program with exit status 3 and skips the rest of the script.
import sys

def main():
    print("doing work")
    return 3

sys.exit(main())
