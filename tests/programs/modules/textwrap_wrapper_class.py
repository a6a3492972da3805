import textwrap
w = textwrap.TextWrapper(width=20, initial_indent='- ', subsequent_indent='  ', break_long_words=False)
print(w.wrap('A list item that goes on for a while and has a veryveryverylongword inside'))
w.width = 12
print(w.fill('shorter lines now, please'))
w2 = textwrap.TextWrapper(width=15, max_lines=2, placeholder='...')
print(w2.wrap('one two three four five six seven eight nine ten'))
w3 = textwrap.TextWrapper(width=10, expand_tabs=False, replace_whitespace=False)
print(w3.wrap('a\tb c\nd e'))
w4 = textwrap.TextWrapper(width=10, drop_whitespace=False)
print(w4.wrap('  a  b   c    '))
print(w.width, w.initial_indent, w.break_on_hyphens, w.tabsize)
