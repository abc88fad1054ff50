import json

try:
    data = json.loads(open("x.json").read())
except OSError, json.JSONDecodeError as err:
    data = {}
