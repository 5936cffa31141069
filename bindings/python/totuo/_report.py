"""Reports as text, Markdown, CSV or JSON, and the SVG chart."""

import ctypes
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple, Union
import enum

from ._indicators import indicator
from ._args import Text
from ._native import C, save_text  # noqa: F401 (re-exported)


if TYPE_CHECKING:
    from ._indicators import IndicatorTable
    from ._tracking import Evaluation


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


def _choice(cls: Any, value: Any, what: Any) -> Any:
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError("unknown %s %r (one of: %s)" % (
                what, value, ", ".join(m.name.lower() for m in cls))) from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected a %s name, got %s" % (what, type(value).__name__))
    return cls(value)


def _format(value: Any) -> Any:
    return _choice(Format, value, "format")


def _lang(value: Any) -> Any:
    return _choice(Lang, value, "language")


def text_width(text: str) -> int:
    """Cells the text takes on a terminal (2 per Chinese character)."""
    return C.text_width(text)


def _write(text: Any, path: Any) -> Any:
    if path is not None:
        save_text(path, text)
    return text


def report_bar_chart_svg(table: "IndicatorTable", codes: Sequence[str],
                         indicator_id: Union[str, int], target: Optional[float] = None,
                         lang: Union[str, int] = "zh", path: Optional[str] = None) -> str:
    """One indicator across regions as an SVG bar chart, highest first, with
    the target as a dashed line when given."""
    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a sequence of region codes, not one string")
    codes_c = (ctypes.c_char_p * (len(codes) + 1))(*[Text.encode(c) for c in codes], None)
    return _write(C.report_bar_chart_svg(table, codes_c, indicator(indicator_id).index,
                                         float("nan") if target is None else target,
                                         _lang(lang)), path)


def csv_for_excel(csv: str, lang: Union[str, int] = "zh", path: Optional[str] = None) -> str:
    """A CSV report for Excel on Chinese Windows: a byte order mark, and the
    header row in the language asked for (rows unchanged)."""
    return _write(C.report_csv_for_excel(csv, _lang(lang)), path)


def report_indicator_list(format: Union[str, int] = "text", lang: Union[str, int] = "zh",
                          path: Optional[str] = None) -> str:
    """The registry of indicators: id, Chinese and English name, unit, formula."""
    return _write(C.report_indicator_list(_format(format), _lang(lang)), path)


def report_region(table: "IndicatorTable", code: str, format: Union[str, int] = "text", lang: Union[str, int] = "zh",
                  path: Optional[str] = None) -> str:
    """Every indicator of one region; written to path too when given."""
    return _write(C.report_region(table, code, _format(format), _lang(lang)), path)


def report_regions(table: "IndicatorTable", codes: Sequence[str], indicators: Sequence[Union[str, int]],
                   format: Union[str, int] = "text", lang: Union[str, int] = "zh",
                   path: Optional[str] = None) -> str:
    """Chosen indicators (ids) of several regions."""
    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a sequence of region codes, not one string")
    codes_c = (ctypes.c_char_p * (len(codes) + 1))(*[Text.encode(c) for c in codes], None)
    ids = [indicator(i).index for i in indicators]
    ind_c = (ctypes.c_int * max(len(ids), 1))(*ids)
    return _write(C.report_regions(table, codes_c, ind_c, len(ids), _format(format), _lang(lang)),
                  path)


def report_regions_xlsx(table: "IndicatorTable", codes: Sequence[str],
                        indicators: Sequence[Union[str, int]], path: str,
                        lang: Union[str, int] = "zh") -> None:
    """Chosen indicators of several regions as an Excel workbook at *path*:
    numbers stored as numbers with display formats, percentages as Excel
    percentages (the cell holds the fraction), the header frozen, and an
    empty cell with a comment where a value is undefined."""
    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a sequence of region codes, not one string")
    codes_c = (ctypes.c_char_p * (len(codes) + 1))(*[Text.encode(c) for c in codes], None)
    ids = [indicator(i).index for i in indicators]
    ind_c = (ctypes.c_int * max(len(ids), 1))(*ids)
    C.report_regions_xlsx(table, codes_c, ind_c, len(ids), _lang(lang), path)


def report_region_xlsx(table: "IndicatorTable", code: str, path: str,
                       lang: Union[str, int] = "zh") -> None:
    """Every indicator of one region as an Excel workbook at *path*."""
    C.report_region_xlsx(table, code, _lang(lang), path)


def report_evaluation_xlsx(evaluation: "Evaluation", path: str, lang: Union[str, int] = "zh") -> None:
    """A plan's evaluation as an Excel workbook at *path*: targets, years
    and annual tasks, one sheet each."""
    C.report_evaluation_xlsx(evaluation, _lang(lang), path)


def report_html(table: "IndicatorTable", code: str, evaluation: Optional["Evaluation"] = None,
                lang: Union[str, int] = "zh", path: Optional[str] = None) -> str:
    """A district's report as one self-contained HTML page (key figures,
    streets and townships with a chart, the plan's evaluation when given,
    every indicator, the data's warnings, definitions and sources); it
    prints on A4 and needs no network."""
    return _write(C.report_html(table, code, evaluation, _lang(lang)), path)


def report_gaps(table: "IndicatorTable", codes: Sequence[str], target: float,
                format: Union[str, int] = "text", lang: Union[str, int] = "zh",
                path: Optional[str] = None) -> str:
    """The places each region still needs for a target of places per 1,000."""
    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a sequence of region codes, not one string")
    codes_c = (ctypes.c_char_p * (len(codes) + 1))(*[Text.encode(c) for c in codes], None)
    return _write(C.report_gaps(table, codes_c, target, _format(format), _lang(lang)), path)


def translate(text: str, lang: Union[str, int] = "zh") -> str:
    """One of the library's labels or messages in a language ("street" is
    "街道"); a text the catalog does not hold comes back as it is."""
    return C.translate(_lang(lang), text)


def set_message_lang(lang: Union[str, int]) -> None:
    """The language of the library's error and warning messages: English by
    default; "zh" makes every totuo.Error and warning Chinese."""
    C.set_message_lang(_lang(lang))


def get_message_lang() -> Lang:
    """The language of the library's error and warning messages."""
    return Lang(C.get_message_lang())


def lang_from_locale() -> Lang:
    """The language the locale asks for: zh for a Chinese locale, en for
    another, zh when the locale names none (C)."""
    return Lang(C.lang_from_locale())


def report_evaluation(evaluation: "Evaluation", format: Union[str, int] = "text", lang: Union[str, int] = "zh",
                      path: Optional[str] = None) -> str:
    """A plan's evaluation: targets, summary, years, annual tasks."""
    return _write(C.report_evaluation(evaluation, _format(format), _lang(lang)), path)


def report_evaluation_svg(evaluation: "Evaluation", lang: Union[str, int] = "zh",
                          path: Optional[str] = None) -> str:
    """A plan's evaluation as an SVG chart, one panel per target."""
    return _write(C.report_evaluation_svg(evaluation, _lang(lang)), path)
