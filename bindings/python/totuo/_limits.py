"""The limits every reader enforces, as in <totuo/limits.h> (docs/security.md).

Going past one raises InputError with code ErrorCode.LIMIT (counts: a
range error). The values are copied from the C header: a test checks that
the library enforces exactly these."""

#: The largest input a reader accepts, in bytes (2 GiB).
MAX_INPUT_BYTES = 2 * 1024 * 1024 * 1024
#: The longest CSV field, in bytes (1 MiB).
MAX_FIELD_BYTES = 1024 * 1024
#: The most fields a CSV record may have.
MAX_COLUMNS = 1024
#: The deepest nesting of arrays and objects in dataset JSON.
MAX_JSON_DEPTH = 64
#: The largest count an institution may report (places, enrolled, staff).
MAX_INSTITUTION_COUNT = 2 ** 31 - 1
#: The largest figure a region may report (population, children, kindergartens).
MAX_REGION_COUNT = 10 ** 10
