//! The compiler accepts a broad sample of the language and reports
//! CPython's SyntaxError wording for common mistakes.

use anext::compiler::{Mode, compile};

#[test]
fn compiles_broad_sample() {
    let src = r#"
import os.path as p
from x import (a, b as c)
def f(a, /, b=2, *args, c, d=4, **kw) -> int:
    global g
    x = [i * 2 for i in range(3) if i]
    y = {k: v for k, v in kw.items()}
    z = (w async for w in q) if False else None
    try:
        pass
    except* ValueError as e:
        pass
    with open(a) as fa, open(b) as fb:
        return fa
class C(B, metaclass=M):
    def m(self):
        return super().m()
async def co():
    async with a as b:
        await b
    async for i in a:
        yield i
match v:
    case [1, *r] | (2, *r): pass
    case {"k": 1, **rest}: pass
    case P(x=0, y=[_, _]) if r: pass
    case str() as s: pass
type Alias[T] = list[T]
def gen[T](x: T) -> T: return x
lambda *a, **k: (yield)
"#;
    compile(src, "<test>", Mode::Exec).expect("sample compiles");
}

#[test]
fn syntax_errors_use_cpython_wording() {
    let cases = [
        ("return 1\n", "'return' outside function"),
        ("break\n", "'break' outside loop"),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
        ),
        (
            "async def f():\n    yield 1\n    return 2\n",
            "'return' with value in async generator",
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
        ),
        (
            "x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1",
            "too many nested parentheses",
        ),
    ];
    for (src, msg) in cases {
        let err = compile(src, "<test>", Mode::Exec).expect_err(src);
        assert!(err.message.contains(msg), "{src:?}: got {:?}", err.message);
    }
}
