import os
os.environ['AX_ONE'] = '1'
os.environ.setdefault('AX_TWO', '2'); os.environ.setdefault('AX_TWO', 'ignored')
print(os.environ['AX_ONE'], os.environ['AX_TWO'], os.getenv('AX_TWO'))
print(os.environ.pop('AX_ONE'), os.environ.pop('AX_ONE', 'gone'), 'AX_ONE' in os.environ)
os.environ.update({'AX_A': 'a'}, AX_B='b')
print(sorted(k for k in os.environ if k.startswith('AX_')), dict(os.environ.items()) == dict(os.environ))
copy = os.environ.copy(); print(type(copy).__name__, copy['AX_A'])
try:
    os.environ['AX_BAD'] = None
except TypeError as e:
    print('TypeError', e)
try:
    del os.environ['AX_NEVER']
except KeyError as e:
    print('KeyError', e)
print(os.environ.get('AX_NEVER', 'default'), len(os.environ) > 0)
