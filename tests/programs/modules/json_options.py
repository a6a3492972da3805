import json
data = {'b': [1, 2.5, None, True], 'a': {'nested': 'é'}, 'c': (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1, 2], indent='\t'), json.dumps({'x': 1}, indent=0))
print(json.dumps(float('inf')), json.dumps({1: 'int key', 2.5: 'float', True: 'bool', None: 'none'}))
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__))
try:
    json.dumps(P())
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
print(json.loads('[1, 2.0, "x", null, true]'), json.loads('{"a": {"b": []}}'), json.loads('"\\u00e9\\n"'))
print(json.loads('1e3'), json.loads(' 42 '), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.loads('1.5', parse_float=str))
for bad in ['{', '[1,]', '{"a" 1}', 'tru', '"unterminated', '[1] x', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, e.pos, e.lineno, e.colno)
