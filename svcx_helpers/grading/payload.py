"""Answers as data: how ``svcx grade`` carries a learner's answer out of the kernel.

Inside the learner's kernel an answer is turned into plain JSON (:func:`to_payload`) and
sent as a display message of type :data:`MIME`; the grader rebuilds it with
:func:`from_payload` and grades it outside the kernel. JSON, never pickle: rebuilding an
answer runs no code from the learner. Types without a JSON form arrive as
:class:`Opaque` (their type name only) and are graded as the wrong type.

Example
-------
>>> import pandas as pd
>>> back = from_payload(to_payload(pd.Series([1, 2], index=["a", "b"])))
>>> back.to_dict()
{'a': 1, 'b': 2}
"""

from __future__ import annotations

import datetime
import json
import math
from dataclasses import dataclass
from typing import Any

MIME = "application/x-svcx-answer+json"
MAX_ITEMS = 100_000


@dataclass(frozen=True)
class Opaque:
    """An answer that could not be carried as data (we keep its type name)."""

    type_name: str
    error: str = ""


def _scalar(x: Any) -> Any:
    if isinstance(x, float) and not math.isfinite(x):
        return {"__float__": repr(x)}
    return x


def to_payload(obj: Any, _depth: int = 0) -> Any:
    """A JSON-able description of ``obj`` (scalars, strings, lists, tuples, sets, dicts,
    dates, times and durations, numpy arrays and scalars, pandas Series/DataFrame/Index,
    Ellipsis)."""
    if _depth > 20:
        return {"__opaque__": "nested too deep"}
    if obj is Ellipsis:
        return {"__ellipsis__": True}
    if obj is None or isinstance(obj, (bool, int, str)):
        return obj
    if isinstance(obj, float):
        return _scalar(obj)
    if isinstance(obj, (datetime.datetime, datetime.date)):  # also pandas.Timestamp / NaT
        return {"__datetime__": obj.isoformat()}
    if isinstance(obj, datetime.timedelta):  # also pandas.Timedelta
        return {"__timedelta__": _scalar(obj.total_seconds())}
    try:
        import numpy as np
        import pandas as pd
    except ImportError:  # pragma: no cover
        np = pd = None  # type: ignore[assignment]
    if np is not None:
        if isinstance(obj, np.generic):
            return to_payload(obj.item(), _depth + 1)
        if isinstance(obj, np.ndarray):
            if obj.size > MAX_ITEMS:
                return {"__opaque__": f"ndarray of {obj.size} items"}
            return {"__ndarray__": to_payload(obj.tolist(), _depth + 1)}
    if pd is not None:
        if isinstance(obj, pd.DataFrame):
            if obj.size > MAX_ITEMS:
                return {"__opaque__": f"DataFrame of {obj.size} cells"}
            return {"__frame__": {
                "index": to_payload(list(obj.index), _depth + 1),
                "columns": to_payload([str(c) for c in obj.columns], _depth + 1),
                "data": to_payload(obj.to_numpy(dtype=object).tolist(), _depth + 1)}}
        if isinstance(obj, pd.Series):
            return {"__series__": {"index": to_payload(list(obj.index), _depth + 1),
                                   "data": to_payload(obj.tolist(), _depth + 1),
                                   "name": to_payload(obj.name, _depth + 1)
                                   if isinstance(obj.name, (str, int)) else None}}
        if isinstance(obj, pd.Index):
            return {"__index__": to_payload(list(obj), _depth + 1)}
    if isinstance(obj, (list, tuple, set, frozenset)):
        items = list(obj)
        if len(items) > MAX_ITEMS:
            return {"__opaque__": f"{type(obj).__name__} of {len(items)} items"}
        tag = {list: "__list__", tuple: "__tuple__"}.get(type(obj), "__set__")
        if tag == "__set__":
            items = sorted(items, key=repr)
        return {tag: [to_payload(x, _depth + 1) for x in items]}
    if isinstance(obj, dict):
        return {"__dict__": [[to_payload(k, _depth + 1), to_payload(v, _depth + 1)]
                             for k, v in list(obj.items())[:MAX_ITEMS]]}
    return {"__opaque__": type(obj).__name__}


def from_payload(data: Any) -> Any:
    """Rebuild an answer from :func:`to_payload`'s description."""
    if not isinstance(data, dict):
        if isinstance(data, list):  # plain JSON list (legacy / hand-written)
            return [from_payload(x) for x in data]
        return data
    if "__ellipsis__" in data:
        return Ellipsis
    if "__float__" in data:
        return float(data["__float__"])
    if "__datetime__" in data or "__timedelta__" in data:
        import pandas as pd

        try:
            if "__datetime__" in data:
                return pd.Timestamp(str(data["__datetime__"]))
            return pd.Timedelta(seconds=float(from_payload(data["__timedelta__"])))
        except (TypeError, ValueError, OverflowError):
            return Opaque("datetime", "unreadable")
    if "__list__" in data:
        return [from_payload(x) for x in data["__list__"]]
    if "__tuple__" in data:
        return tuple(from_payload(x) for x in data["__tuple__"])
    if "__set__" in data:
        try:
            return {from_payload(x) for x in data["__set__"]}
        except TypeError:
            return Opaque("set", "unhashable items")
    if "__dict__" in data:
        out = {}
        for k, v in data["__dict__"]:
            key = from_payload(k)
            try:
                out[key] = from_payload(v)
            except TypeError:
                return Opaque("dict", "unhashable keys")
        return out
    if "__ndarray__" in data:
        import numpy as np

        return np.array(from_payload(data["__ndarray__"]), dtype=object).astype(
            _infer_dtype(from_payload(data["__ndarray__"])))
    if "__series__" in data:
        import pandas as pd

        d = data["__series__"]
        return pd.Series(from_payload(d["data"]), index=from_payload(d["index"]),
                         name=d.get("name"))
    if "__frame__" in data:
        import pandas as pd

        d = data["__frame__"]
        frame = pd.DataFrame(from_payload(d["data"]), index=from_payload(d["index"]),
                             columns=from_payload(d["columns"]))
        return frame.infer_objects()
    if "__index__" in data:
        import pandas as pd

        return pd.Index(from_payload(data["__index__"]))
    if "__opaque__" in data:
        return Opaque(str(data["__opaque__"]))
    if "__failed__" in data:
        return Opaque("error", str(data["__failed__"]))
    return Opaque("dict")


def _infer_dtype(values: Any) -> Any:
    import numpy as np

    try:
        return np.array(values).dtype
    except (ValueError, TypeError):
        return object


def emit(task: str, value: Any) -> None:
    """Kernel side: send ``value`` for ``task`` to the grader as a display message."""
    from IPython.display import display

    try:
        payload = to_payload(value)
        json.dumps(payload)
    except Exception as exc:  # any failure: report the type only
        payload = {"__opaque__": f"{type(value).__name__}: {type(exc).__name__}"}
    display({MIME: {"task": task, "answer": payload}}, raw=True)


def failed(task: str, error: BaseException) -> None:
    """Kernel side: the learner's answer expression raised ``error``."""
    from IPython.display import display

    display({MIME: {"task": task, "answer": {"__failed__": f"{type(error).__name__}: "
                                                          f"{str(error)[:300]}"}}}, raw=True)
