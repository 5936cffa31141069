/* libtotuo - planning care services for children under three */
#pragma once

#if !defined(__TOTUO_INSIDE__) && !defined(TOTUO_COMPILATION)
#error "Only <totuo/totuo.h> can be included directly."
#endif

#include <glib.h>
#include <totuo/macros.h>
#include <totuo/evaluation.h>
#include <totuo/indicator-table.h>
#include <totuo/access.h>

G_BEGIN_DECLS

/**
 * @file report.h
 * @brief Renderers: indicator tables and plan evaluations as plain text,
 * Markdown, CSV or JSON, and a plan as an SVG chart.
 *
 * Plain text aligns columns by display width (a Chinese character takes
 * two cells). CSV and JSON carry full precision and stable English field
 * names whatever the language of the labels (docs/reports.md); an
 * undefined value is an empty CSV field and a JSON `null`.
 */

/** An output format. */
typedef enum {
  TOTUO_FORMAT_TEXT = 0,     /**< aligned plain text */
  TOTUO_FORMAT_MARKDOWN = 1, /**< Markdown tables */
  TOTUO_FORMAT_CSV = 2,      /**< one CSV table */
  TOTUO_FORMAT_JSON = 3,     /**< a JSON document */
} TotuoFormat;

/**
 * Parses a format name: "text", "markdown" (or "md"), "csv", "json".
 * @param str the name
 * @param out_format (out): the format
 * @return TRUE if @p str names a format
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_format_from_string (const gchar *str,
                                   TotuoFormat *out_format);

/**
 * Parses a language name: "zh" or "en".
 * @param str the name
 * @param out_lang (out): the language
 * @return TRUE if @p str names a language
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_lang_from_string (const gchar *str,
                                 TotuoLang   *out_lang);

/**
 * The width of UTF-8 text on a terminal: 2 per wide (Chinese) character,
 * 1 per other character.
 * @param text UTF-8 text
 * @return the width in cells
 */
TOTUO_AVAILABLE_IN_0_1
gsize totuo_text_width (const gchar *text);

/**
 * Every indicator of one region: one row per indicator (id, name, value,
 * unit, and why a value is undefined).
 * Fails with #TOTUO_ERROR_NOT_FOUND or #TOTUO_ERROR_STALE.
 * @param table an indicator table
 * @param code a region code
 * @param format the output format
 * @param lang the language of labels
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the report; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_region (TotuoIndicatorTable *table,
                            const gchar         *code,
                            TotuoFormat          format,
                            TotuoLang            lang,
                            GError             **error);

/**
 * A number as the reports print it for people: at most two decimals, no
 * trailing zeros, thousands separated: 1284182 is "1,284,182", 4.5 is
 * "4.5", 1.17896 is "1.18". CSV and JSON reports keep every digit instead.
 * @param value a finite number
 * @return (transfer full): the text; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_format_number (gdouble value);

/**
 * One indicator across regions as an SVG bar chart: the picture planners
 * ask for, the streets of a district side by side. One bar per region,
 * sorted from the highest value down (regions whose value is undefined
 * last, marked "—"), labelled with the region's name, the value at the end
 * of each bar, the axis in 1-2-5 steps, and the target, when given, as a
 * dashed red line. Titles and notes are in @p lang; the font list names
 * the CJK fonts Debian installs. Fails with #TOTUO_ERROR_NOT_FOUND or
 * #TOTUO_ERROR_STALE as totuo_report_regions() does.
 * @param table an indicator table
 * @param codes NULL-terminated region codes
 * @param indicator the indicator
 * @param target the target to draw, or NaN for none
 * @param lang the language of labels
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the SVG document; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_bar_chart_svg (TotuoIndicatorTable *table,
                                   const gchar *const  *codes,
                                   TotuoIndicator       indicator,
                                   gdouble              target,
                                   TotuoLang            lang,
                                   GError             **error);

/**
 * A CSV report as Excel on Chinese Windows opens it right: a UTF-8 byte
 * order mark first (without one Excel reads the file as GBK and shows
 * mojibake), and the header row in the report's language: indicator ids
 * become their names (places_per_1000: 每千人口托位数, or "places per 1,000
 * residents"), and the other columns of the reports theirs (code: 区划代码,
 * status: 状态 ...). The rows are unchanged: numbers keep every digit.
 * A header it does not know stays as it is. `totuo ... -f csv --excel`.
 * @param csv a CSV report (from a totuo_report_*() function)
 * @param lang the language of the header
 * @return (transfer full): the CSV for Excel; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_csv_for_excel (const gchar *csv,
                                   TotuoLang    lang);

/**
 * The registry of indicators as a table: each id with its Chinese and
 * English name, its unit and its formula, in registry order (what
 * `totuo indicators --list` prints). In JSON, an array of objects with
 * the members "id", "name_zh", "name_en", "unit", "ratio" and "formula".
 * @param format the output format
 * @param lang the language of the headings
 * @return (transfer full): the table; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_indicator_list (TotuoFormat format,
                                    TotuoLang   lang);

/**
 * Chosen indicators of several regions: one row per region.
 * Fails with #TOTUO_ERROR_NOT_FOUND or #TOTUO_ERROR_STALE.
 * @param table an indicator table
 * @param codes NULL-terminated region codes
 * @param indicators the indicators, one column each (NULL only when @p n_indicators is 0)
 * @param n_indicators the number of indicators
 * @param format the output format
 * @param lang the language of labels
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the report; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_regions (TotuoIndicatorTable  *table,
                             const gchar *const   *codes,
                             const TotuoIndicator *indicators,
                             gsize                 n_indicators,
                             TotuoFormat           format,
                             TotuoLang             lang,
                             GError              **error);

/**
 * The places each region still needs for a target of places per 1,000
 * residents (totuo_places_needed()), one row per region: code, name,
 * population, places, places per 1,000 now, the target, the places needed
 * in all and those still to add. A region whose population is unknown has
 * no figure for those that need it ("—", an empty CSV field, JSON null).
 * `totuo gap --level street`. Fails with #TOTUO_ERROR_NOT_FOUND or
 * #TOTUO_ERROR_STALE as totuo_report_regions() does.
 * @param table an indicator table
 * @param codes NULL-terminated region codes
 * @param target the target, places per 1,000 residents (finite, >= 0)
 * @param format the output format
 * @param lang the language of labels
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the report; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_gaps (TotuoIndicatorTable *table,
                          const gchar *const  *codes,
                          gdouble              target,
                          TotuoFormat          format,
                          TotuoLang            lang,
                          GError             **error);

/**
 * A plan's evaluation: its targets with status and projection, every
 * target's years, the summary by status and attribute with binding
 * targets missed, and the annual tasks with completion rates. CSV holds
 * one row per target and year.
 * @param evaluation an evaluation
 * @param format the output format
 * @param lang the language of labels
 * @return (transfer full): the report; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_evaluation (TotuoEvaluation *evaluation,
                                TotuoFormat      format,
                                TotuoLang        lang);

/**
 * A plan's evaluation as an SVG chart: one small panel per target with the
 * path of milestones, the observed values, the projection to the end year,
 * the end target and the status.
 * @param evaluation an evaluation
 * @param lang the language of labels
 * @return (transfer full): the SVG document; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_evaluation_svg (TotuoEvaluation *evaluation,
                                    TotuoLang        lang);

/**
 * Chosen indicators of several regions as an Excel workbook (.xlsx): a
 * sheet with one row per region (code, name, level, then one column per
 * indicator) and a sheet of definitions (id, name, unit, formula). Headers
 * and levels are in @p lang. Numbers are stored as numbers with a display
 * format: counts with thousands separators (`#,##0`), ratios to two
 * decimals (`#,##0.00`), percentages as Excel percentages (the cell holds
 * the fraction, 0.4530 shown as 45.30%). The header row, codes and names
 * stay in view when scrolling; column widths fit the widest cell (a
 * Chinese character counts two). An undefined value is an empty cell with
 * a comment saying why. The file is saved as totuo_report_save() saves
 * text ("-" for standard output). Fails with #TOTUO_ERROR_NOT_FOUND or
 * #TOTUO_ERROR_STALE as totuo_report_regions() does, before writing
 * anything, or with #TOTUO_ERROR_IO.
 * @param table an indicator table
 * @param codes NULL-terminated region codes
 * @param indicators the indicators, one column each (NULL only when @p n_indicators is 0)
 * @param n_indicators the number of indicators
 * @param lang the language of headers and labels
 * @param path the file to write
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_report_regions_xlsx (TotuoIndicatorTable  *table,
                                    const gchar *const   *codes,
                                    const TotuoIndicator *indicators,
                                    gsize                 n_indicators,
                                    TotuoLang             lang,
                                    const gchar          *path,
                                    GError              **error);

/**
 * Every indicator of one region as an Excel workbook: one sheet, named
 * after the region, with a row per indicator (id, name, value, unit, and
 * why a value is undefined), formatted as in totuo_report_regions_xlsx().
 * Fails with #TOTUO_ERROR_NOT_FOUND, #TOTUO_ERROR_STALE or #TOTUO_ERROR_IO.
 * @param table an indicator table
 * @param code a region code
 * @param lang the language of headers and labels
 * @param path the file to write
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_report_region_xlsx (TotuoIndicatorTable *table,
                                   const gchar         *code,
                                   TotuoLang            lang,
                                   const gchar         *path,
                                   GError             **error);

/**
 * A plan's evaluation as an Excel workbook: a sheet of targets (baseline,
 * target, latest observed value and its year, projection, status, whether
 * a binding target is at risk, and why a target cannot be assessed), a
 * sheet of every target's years (observed, milestone, met, gap, progress,
 * pace needed) and, when the plan has annual tasks, a sheet of tasks with
 * their completion. Formats as in totuo_report_regions_xlsx(); a target in
 * percent is stored as an Excel percentage. Fails with #TOTUO_ERROR_IO.
 * @param evaluation an evaluation
 * @param lang the language of headers and labels
 * @param path the file to write
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_report_evaluation_xlsx (TotuoEvaluation *evaluation,
                                       TotuoLang        lang,
                                       const gchar     *path,
                                       GError         **error);

/**
 * A district's report as one self-contained HTML page, to print or send:
 * its key figures; a bar chart of places per 1,000 residents across its
 * streets and townships (with the plan's target when it has one) above a
 * table of their figures (the usual ones and those the plan watches); the
 * plan's evaluation with its summary, targets, chart, years and tasks;
 * every indicator of the district with the reason for each undefined
 * value; the warnings the data raised (the dataset's and the indicator
 * table's); and each indicator's formula, unit and source. The page needs
 * no network and no script: its style sheet is in its head, its charts are
 * SVG images inside it, and it prints on A4 (headers repeat on each page,
 * rows do not split). Text is in @p lang. Fails with
 * #TOTUO_ERROR_NOT_FOUND or #TOTUO_ERROR_STALE as totuo_report_region() does.
 * @param table an indicator table
 * @param code the region's code (a district, or any region)
 * @param evaluation (nullable): the evaluation of the region's plan, or NULL
 * @param lang the language of the page
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the page; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_html (TotuoIndicatorTable *table,
                          const gchar         *code,
                          TotuoEvaluation     *evaluation,
                          TotuoLang            lang,
                          GError             **error);

/**
 * Spatial access by region: for each region, its demand points and their
 * children, the share of them within the radius of a qualifying place,
 * the children-weighted mean score (places per 1,000 children in text and
 * Markdown, places per child in CSV and JSON), the children in deserts and
 * their share, and the median and 90th percentile of the distance to the
 * nearest place. Text and Markdown open with a line saying the method,
 * radius, supply and the pairs within reach. Fails with
 * #TOTUO_ERROR_NOT_FOUND or #TOTUO_ERROR_UNDEFINED as
 * totuo_access_get_region() does.
 * @param access results
 * @param codes NULL-terminated region codes
 * @param format the output format
 * @param lang the language of labels
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the report; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_access (TotuoAccess        *access,
                            const gchar *const *codes,
                            TotuoFormat         format,
                            TotuoLang           lang,
                            GError            **error);

/**
 * Spatial access by demand point: id, region, location, children, score,
 * places and institutions within reach, nearest distance, whether within
 * reach and whether a desert.
 * @param access results
 * @param format the output format
 * @param lang the language of labels
 * @return (transfer full): the report; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_access_points (TotuoAccess *access,
                                   TotuoFormat  format,
                                   TotuoLang    lang);

/**
 * The demand points with their results as GeoJSON (RFC 7946): a
 * FeatureCollection of Points in WGS84 (longitude, latitude) with the
 * properties id, region, children, residents, score, places, providers,
 * nearest_m, covered and desert. QGIS and every web map open it as it is.
 * @param access results
 * @return (transfer full): the GeoJSON text; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_access_geojson (TotuoAccess *access);

/**
 * A map of a region's spatial access (SVG): its demand points shaded by
 * score (quintiles), deserts ringed in red, and the institutions as squares
 * sized by their places, in a plate carrée true to shape at a district's
 * size. Fails as totuo_access_get_region() does.
 * @param access results
 * @param code the region
 * @param lang the language of labels
 * @param error return location for a GError, or NULL
 * @return (transfer full) (nullable): the SVG document; free with g_free()
 */
TOTUO_AVAILABLE_IN_0_1
gchar *totuo_report_access_svg (TotuoAccess *access,
                                const gchar *code,
                                TotuoLang    lang,
                                GError     **error);

/**
 * Saves a report (or any text) to a file the way every save of the library
 * does: a regular file is replaced atomically (a temporary file beside it,
 * flushed, then renamed) and keeps its mode; a symbolic link is followed
 * to the file it names; a file with several hard links is rewritten in
 * place once the text was written in full beside it; a device, FIFO or
 * terminal (such as /dev/stdout) is written through, never replaced; "-"
 * is standard output. Errors name @p path, never the temporary file.
 * Fails with #TOTUO_ERROR_IO.
 * @param path the file to write, or "-"
 * @param text the bytes to write
 * @param length the number of bytes, or -1 when @p text is NUL-terminated
 * @param error return location for a GError, or NULL
 * @return TRUE on success
 */
TOTUO_AVAILABLE_IN_0_1
gboolean totuo_report_save (const gchar *path,
                            const gchar *text,
                            gssize       length,
                            GError     **error);

G_END_DECLS
