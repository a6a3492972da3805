# A JSON syntax error ends the program with json.decoder.JSONDecodeError,
# named by its CPython module.
import json
print(json.JSONDecodeError.__module__)
try:
    json.loads("[1,")
except json.JSONDecodeError as e:
    print(type(e).__module__, e.msg, e.pos, e.lineno, e.colno)
json.loads("{bad")
