# A walrus may not rebind a comprehension's iteration variable.
print([total := total + n for total in [0] for n in range(1)])
