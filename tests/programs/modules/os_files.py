import os
base = 'os_files_tmp'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(base, 'a'), e.strerror)
with open(os.path.join(base, 'a', 'f.txt'), 'w') as f:
    f.write('hello')
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.isfile(os.path.join(base, 'a', 'f.txt')))
print(os.path.getsize(os.path.join(base, 'a', 'f.txt')), os.stat(os.path.join(base, 'a', 'f.txt')).st_size)
st = os.stat(base)
print(type(st).__name__, st.st_mode & 0o170000 == 0o040000, isinstance(st.st_mtime, float) or isinstance(st.st_mtime, int))
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base + '/a'))
print(entries)
os.rename(os.path.join(base, 'a', 'f.txt'), os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)))
try:
    os.remove(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir('no_such_dir_x')
except FileNotFoundError as e:
    print(e)
try:
    open('no_such_file.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
os.remove(os.path.join(base, 'g.txt'))
os.removedirs(os.path.join(base, 'a', 'b'))
print(os.path.exists(base))
cwd = os.getcwd()
os.chdir('..')
print(os.getcwd() == os.path.dirname(cwd))
os.chdir(cwd)
print(os.path.abspath('x') == os.path.join(cwd, 'x'), os.path.realpath('.') == os.path.realpath(cwd))
