import copy
grid = [[0] * 3 for _ in range(2)]
shallow = copy.copy(grid); deep = copy.deepcopy(grid)
grid[0][0] = 9
print(shallow[0][0], deep[0][0], shallow is not grid, shallow[0] is grid[0])
d = {'k': {'inner': [1]}}
d2 = copy.deepcopy(d); d2['k']['inner'].append(2); print(d, d2)
shared = [1]
pair = [shared, shared]
cp = copy.deepcopy(pair); print(cp[0] is cp[1], cp[0] is shared)
memo = {}
x = [1, 2]; y = copy.deepcopy(x, memo); print(id(x) in memo, memo[id(x)] is y)
