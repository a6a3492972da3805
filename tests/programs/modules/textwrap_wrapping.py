import textwrap
text = "The quick brown fox jumps over the lazy dog. A well-known phrase, used for type-setting and keyboard-testing since the late nineteenth century; it contains every letter."
for w in (10, 20, 35, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("long-hyphenated-compound-words-here ok", 12))
print(textwrap.wrap("long-hyphenated-compound-words-here ok", 12, break_on_hyphens=False))
print(textwrap.wrap("a--b c -- d ---e f-", 4))
print(textwrap.wrap("  leading and\ttabs\tand\nnewlines  ", 12))
print(textwrap.wrap("  leading spaces kept", 12, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine!  Ok.", 80, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world!   This is a long sentence.", width=20))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder=" ~"))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    end
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n   y")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print(e)
w = textwrap.TextWrapper(width=15, expand_tabs=True, tabsize=4)
print(w.wrap("a\tb\tc\tdddddd eeeeeee"))
