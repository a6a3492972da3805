import textwrap
paras = ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.']
for p in paras:
    print(textwrap.fill(p, width=25))
    print('--')
print(textwrap.fill('x' * 30, 10))
print(textwrap.fill('a-b-c-d-e-f-g-h', 5))
print(textwrap.wrap('tab\tseparated\twords', 12, tabsize=4))
print(textwrap.fill('Mr. Smith went. To Washington.', 40, fix_sentence_endings=True))
