import textwrap
s = '''
    first line
      indented more
    last line
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent('\tA\n\tB')), repr(textwrap.dedent('  x\n\ty')), repr(textwrap.dedent('')))
print(repr(textwrap.dedent('   \n  a\n   \n  b\n')))
print(textwrap.indent('one\ntwo\n\nthree', '  | '))
print(repr(textwrap.indent('a\r\nb\r\n', '> ')))
print(textwrap.indent('keep\n   \nblank', '# ', lambda line: True))
