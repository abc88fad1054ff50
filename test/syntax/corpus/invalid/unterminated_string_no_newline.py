import sys

sys.stdout.write('done