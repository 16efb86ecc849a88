"""Why an article was refused or noted: every reason as one short fixed sentence, in English and Chinese.

Owns: the table of reason codes (``REASONS``: code → {"en": …, "zh": …}) that reading, decoding,
metadata and the store report, and ``reason_text`` that gives a reason in a user's language from its
code or its English sentence. A reason never carries a file name or a number that varies: the
article it concerns is named beside it (``error: <article>: <reason>``).
"""

from __future__ import annotations

MAX_MB = 20  # articles: the size limit of ``io.MAX_BYTES``
LINE_MAX_MB = 60  # one JSON Lines line (the text may be \\u-escaped: up to 6 bytes a character)
META_MAX_MB = 1  # a NAME.json metadata file

REASONS: dict[str, dict[str, str]] = {
    # refusals: the article is not read (``error:`` lines)
    "empty": {"en": "the file is empty", "zh": "文件是空的"},
    "binary": {"en": "the file is binary, not text", "zh": "这是二进制文件，不是文本"},
    "encoding": {"en": "the file is neither UTF-8, GBK/GB18030 nor Big5 text",
                 "zh": "文件编码无法识别（不是 UTF-8、GBK/GB18030 或 Big5 文本）"},
    "not_chinese": {"en": "the file does not look like Chinese text", "zh": "文件看起来不是中文文本"},
    "no_text": {"en": "the file contains no text", "zh": "文件中没有正文"},
    "too_large": {"en": f"the file is larger than {MAX_MB} MB", "zh": f"文件超过 {MAX_MB} MB"},
    "missing": {"en": "the file does not exist", "zh": "文件不存在"},
    "not_regular": {"en": "it is not a regular file (a device, pipe, socket or folder)",
                    "zh": "这不是普通文件（而是设备、管道、套接字或文件夹）"},
    "unreadable": {"en": "the file cannot be read", "zh": "无法读取文件"},
    "archive_unreadable": {"en": "the archive cannot be opened", "zh": "无法打开压缩包"},
    "member_encrypted": {"en": "the archive member is encrypted", "zh": "压缩包中的文件已加密"},
    "member_method": {"en": "the archive member uses an unsupported compression method", "zh": "压缩包中的文件使用了不支持的压缩方式"},
    "member_corrupt": {"en": "the archive member is damaged", "zh": "压缩包中的文件已损坏"},
    "jsonl_unreadable": {"en": "the JSON Lines file cannot be read", "zh": "无法读取 JSON Lines 文件"},
    "line_not_object": {"en": 'the line is not a JSON object with a "text" field', "zh": "这一行不是带 \"text\" 字段的 JSON 对象"},
    "line_too_long": {"en": f"the line is longer than {LINE_MAX_MB} MB", "zh": f"这一行超过 {LINE_MAX_MB} MB"},
    "line_too_deep": {"en": "the line is nested too deeply to read", "zh": "这一行嵌套层数过多，无法读取"},
    "line_not_utf8": {"en": "the line is not UTF-8 text", "zh": "这一行不是 UTF-8 文本"},
    "timeout": {"en": "the article took longer than the time limit to extract", "zh": "文章提取超过了时间限制"},
    "failed": {"en": "the article could not be processed", "zh": "无法处理这篇文章"},
    # notes: the article is read, with something to know (``note:`` lines)
    "replaced_bytes": {"en": "a few bytes that are not valid text were replaced", "zh": "少数无效字节已被替换"},
    "meta_ignored": {"en": "the metadata is not a readable JSON object and was ignored", "zh": "元数据不是可读取的 JSON 对象，已忽略"},
    "meta_too_large": {"en": f"the metadata file is larger than {META_MAX_MB} MB and was ignored",
                       "zh": f"元数据文件超过 {META_MAX_MB} MB，已忽略"},
    "meta_unreadable": {"en": "the metadata file cannot be read and was ignored", "zh": "无法读取元数据文件，已忽略"},
    "meta_bad_date": {"en": "the metadata date is not a real date (YYYY, YYYY-MM or YYYY-MM-DD) and was ignored",
                      "zh": "元数据中的日期不是有效日期（YYYY、YYYY-MM 或 YYYY-MM-DD），已忽略"},
    # the store (``store.StoreError`` carries one of these as its ``code``)
    "store_busy": {"en": "the store is being written by another process", "zh": "数据库正由另一个进程写入"},
    "store_not_duckdb": {"en": "the store is not a DuckDB file", "zh": "数据库文件不是 DuckDB 文件"},
    "store_damaged": {"en": "the store is damaged and cannot be opened", "zh": "数据库文件已损坏，无法打开"},
    "store_missing": {"en": "the store does not exist yet", "zh": "数据库尚不存在"},
}

_BY_ENGLISH = {r["en"]: code for code, r in REASONS.items()}


def text(code: str) -> str:
    """The English sentence of a reason code (what ``extract`` reports)."""
    return REASONS[code]["en"]


def reason_text(code_or_en: str, lang: str) -> str:
    """A reason in ``lang`` ("en" or "zh") from its code or its English sentence; unknown text comes back as given."""
    code = code_or_en if code_or_en in REASONS else _BY_ENGLISH.get(code_or_en)
    if code is None:
        return code_or_en
    return REASONS[code].get(lang) or REASONS[code]["en"]
