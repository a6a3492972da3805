from __future__ import annotations
import asyncio
import json
from dataclasses import dataclass, field, asdict
from typing import Any, AsyncIterator, Optional
from enum import Enum


class Status(Enum):
    OK = "ok"
    FAILED = "failed"


@dataclass
class ToolCall:
    name: str
    args: dict[str, Any] = field(default_factory=dict)
    result: Optional[str] = None
    status: Status = Status.OK


async def call_tool(call: ToolCall) -> ToolCall:
    await asyncio.sleep(0.001)
    if call.name == "fail":
        call.status = Status.FAILED
        call.result = None
    else:
        call.result = f"{call.name}({', '.join(f'{k}={v!r}' for k, v in sorted(call.args.items()))})"
    return call


async def stream_results(calls: list[ToolCall]) -> AsyncIterator[dict[str, Any]]:
    tasks = [asyncio.create_task(call_tool(c)) for c in calls]
    for t in asyncio.as_completed(tasks):
        done = await t
        yield {"tool": done.name, "status": done.status.value, "result": done.result}


async def main() -> None:
    calls = [ToolCall("search", {"q": "rust"}), ToolCall("fail"), ToolCall("sum", {"a": 1, "b": 2})]
    results = [r async for r in stream_results(calls)]
    results.sort(key=lambda r: r["tool"])
    print(json.dumps(results, indent=2))
    print(asdict(calls[0]))
    summary = {s.value: sum(1 for c in calls if c.status is s) for s in Status}
    print(summary, Status("ok"), Status.FAILED.name, list(Status))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.gather(*(asyncio.sleep(1) for _ in range(3)))
    except TimeoutError:
        print("timed out cleanly")


asyncio.run(main())
