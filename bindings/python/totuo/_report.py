"""Reports as text, Markdown, CSV or JSON, and the SVG chart."""

import ctypes
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union
import enum

from ._indicators import indicator
from ._native import C, encode


class Format(enum.IntEnum):
    """Report formats."""
    TEXT = 0
    MARKDOWN = 1
    CSV = 2
    JSON = 3


class Lang(enum.IntEnum):
    """Languages of labels: Chinese (default) or English."""
    ZH = 0
    EN = 1


def _format(value):
    return Format[value.upper()] if isinstance(value, str) else Format(value)


def _lang(value):
    return Lang[value.upper()] if isinstance(value, str) else Lang(value)


def text_width(text: str) -> int:
    """Cells the text takes on a terminal (2 per Chinese character)."""
    return C.text_width(encode(text))


def _write(text, path):
    if path is not None:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return text


def report_region(table, code: str, format: Union[str, int] = "text", lang: Union[str, int] = "zh",
                  path: Optional[str] = None) -> str:
    """Every indicator of one region; written to path too when given."""
    return _write(C.report_region(table, encode(code), _format(format), _lang(lang)), path)


def report_regions(table, codes: Sequence[str], indicators: Sequence[Union[str, int]],
                   format: Union[str, int] = "text", lang: Union[str, int] = "zh",
                   path: Optional[str] = None) -> str:
    """Chosen indicators (ids) of several regions."""
    codes_c = (ctypes.c_char_p * (len(codes) + 1))(*[encode(c) for c in codes], None)
    ids = [indicator(i).index for i in indicators]
    ind_c = (ctypes.c_int * max(len(ids), 1))(*ids)
    return _write(C.report_regions(table, codes_c, ind_c, len(ids), _format(format), _lang(lang)),
                  path)


def report_evaluation(evaluation, format: Union[str, int] = "text", lang: Union[str, int] = "zh",
                      path: Optional[str] = None) -> str:
    """A plan's evaluation: targets, summary, years, annual tasks."""
    return _write(C.report_evaluation(evaluation, _format(format), _lang(lang)), path)


def report_evaluation_svg(evaluation, lang: Union[str, int] = "zh",
                          path: Optional[str] = None) -> str:
    """A plan's evaluation as an SVG chart, one panel per target."""
    return _write(C.report_evaluation_svg(evaluation, _lang(lang)), path)
