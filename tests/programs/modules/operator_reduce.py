import operator
from functools import reduce
print(reduce(operator.add, range(1, 11)), reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 4]))
print(reduce(operator.concat, [[1], [2, 3], []]), reduce(operator.add, ['a', 'b', 'c'], '>'))
print(sorted({'b': 2, 'a': 3}.items(), key=operator.itemgetter(1), reverse=True))
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack.pop()
print(rpn('3 4 + 2 *'), rpn('10 2 8 * + 3 -'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
