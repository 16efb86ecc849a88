"""The dashboard's words in Chinese (default) and English.

Owns: every label, message and heading the app shows, the names of measures and project stages,
indicator names from the catalogue, and how a period is written (``2021年1–3月`` / ``Jan–Mar 2021``).
"""

from __future__ import annotations

from functools import lru_cache

_TEXT: dict[str, dict[str, str]] = {
    "app_title": {"zh": "县域指标", "en": "County Indicators"},
    "lang": {"zh": "语言 Language", "en": "Language 语言"},
    "page": {"zh": "页面", "en": "Page"},
    "overview": {"zh": "概览", "en": "Overview"},
    "store_busy": {"zh": "数据库正在更新（另一个程序正在写入文章），请稍后刷新本页。",
                   "en": "The store is being updated (another program is writing articles to it); reload this page in a moment."},
    "bars": {"zh": "地区对比", "en": "Regions"},
    "growth": {"zh": "增速比较", "en": "Growth"},
    "projects": {"zh": "项目进度", "en": "Projects"},
    "data": {"zh": "数据", "en": "Data"},
    "articles": {"zh": "文章", "en": "Articles"},
    "upload": {"zh": "添加文章", "en": "Add articles"},
    "map": {"zh": "地图", "en": "Map"},
    "filters": {"zh": "筛选", "en": "Filters"},
    "province": {"zh": "地区·省", "en": "Region · province"},
    "prefecture": {"zh": "地区·市", "en": "Region · prefecture"},
    "county": {"zh": "地区·县", "en": "Region · county"},
    "indicator": {"zh": "指标", "en": "Indicator"},
    "measure": {"zh": "口径", "en": "Measure"},
    "period": {"zh": "时间", "en": "Period"},
    "all": {"zh": "全部", "en": "All"},
    "no_data": {"zh": "所选条件下没有数据，请放宽筛选。", "en": "No figures match these filters; widen them."},
    "empty_store": {"zh": "还没有数据：请在“添加文章”上传文章。", "en": "No figures yet: add articles on the “Add articles” page."},
    "top_only": {"zh": "每个时期只画数值最大的 {n} 个地区；全部地区见“数据”页。",
                 "en": "Each period shows its {n} largest regions; the Data page lists them all."},
    "all_periods": {"zh": "全部时期（分栏对比）", "en": "All periods (one panel each)"},
    "n_figures_sum": {"zh": "{n} 个数字之和", "en": "sum of {n} figures"},
    "search_titles": {"zh": "按标题或地区查找文章", "en": "Find articles by title or place"},
    "articles_limited": {"zh": "只列出最新的 {n} 篇；用上面的查找框找更早的文章。", "en": "Only the newest {n} are listed; search to find older ones."},
    "excel_limit": {"zh": "Excel 一个工作表最多 {n} 行；完整数据请下载 CSV。", "en": "An Excel sheet holds at most {n} rows; download CSV for all of them."},
    "pick_one": {"zh": "请在左侧选择一个指标和一个口径。", "en": "Pick one indicator and one measure in the sidebar."},
    "source": {"zh": "来源", "en": "Source"},
    "more_articles": {"zh": "等{n}篇", "en": "and {n} more"},
    "periods_apart": {"zh": "不同时期分栏显示，不直接比较。", "en": "Different periods are shown in separate panels, never compared directly."},
    "dups_note": {"zh": "同一数字出现在多篇文章或标题与导语中时只画一次；各文章说法不一时取最新文章的数字并标 ⚠。",
                  "en": "A figure stated in several articles, or in a headline and its lead, is drawn once; where articles disagree the newest article's is drawn, marked ⚠."},
    "rows_n": {"zh": "共 {n} 行", "en": "{n} rows"},
    "rows_shown": {"zh": "显示前 {shown} 行（共 {n} 行，下载包含全部）", "en": "Showing the first {shown} of {n} rows (downloads include all)"},
    "download_csv": {"zh": "下载 CSV", "en": "Download CSV"},
    "download_xlsx": {"zh": "下载 Excel", "en": "Download Excel"},
    "pick_row": {"zh": "选中一行，查看它所在的句子和上下文。", "en": "Select a row to see its sentence in context."},
    "context": {"zh": "原文上下文", "en": "Sentence in context"},
    "open_article": {"zh": "打开文章", "en": "Open article"},
    "title": {"zh": "标题", "en": "Title"},
    "date": {"zh": "日期", "en": "Date"},
    "date_source": {"zh": "日期来源", "en": "Date found from"},
    "place": {"zh": "主要地区", "en": "Main place"},
    "n_figures": {"zh": "数字个数", "en": "Figures"},
    "figures_of_article": {"zh": "本文提取的数字", "en": "Figures extracted from this article"},
    "growth_pick": {"zh": "比较的指标", "en": "Indicators to compare"},
    "growth_title": {"zh": "各地区增速比较（%）", "en": "Growth rates by region (%)"},
    "heat_title": {"zh": "地区 × 指标 增速热力图（%）", "en": "Growth heat map, region × indicator (%)"},
    "proj_count_title": {"zh": "项目进度：各阶段项目数（{unit}）", "en": "Projects by stage ({unit})"},
    "proj_inv_title": {"zh": "项目进度：各阶段投资额（{unit}）", "en": "Project investment by stage ({unit})"},
    "no_projects": {"zh": "所选地区没有带阶段的项目数字。", "en": "No project figures with a stage for this selection."},
    "upload_files": {"zh": "上传文章（.txt / .html / .md，可多选）", "en": "Upload articles (.txt / .html / .md, several at once)"},
    "paste": {"zh": "或粘贴文章全文", "en": "Or paste an article"},
    "meta_date": {"zh": "文章日期（可选）", "en": "Article date (optional)"},
    "meta_place": {"zh": "主要地区（可选，如 象州县）", "en": "Main place (optional, e.g. 象州县)"},
    "save": {"zh": "保存到数据库", "en": "Save to the store"},
    "saved": {"zh": "已保存 {a} 篇文章、{r} 个数字。", "en": "Saved {a} article(s), {r} figures."},
    "saved_session": {"zh": "已添加到本次会话（{a} 篇、{r} 个数字）；登录编辑账号后才能存入共享数据库。",
                      "en": "Added to this session only ({a} article(s), {r} figures); sign in as an editor to save to the shared store."},
    "duplicate": {"zh": "《{t}》已在数据库中，没有重复添加。", "en": "“{t}” is already stored; nothing was added."},
    "bad_file": {"zh": "{name}：{why}，未添加。", "en": "{name}: {why}; nothing was added."},
    "no_input": {"zh": "请先上传文件或粘贴文本。", "en": "Upload a file or paste text first."},
    "preview_rows": {"zh": "《{t}》：{n} 个数字", "en": "“{t}”: {n} figures"},
    "editor": {"zh": "编辑登录", "en": "Editor sign-in"},
    "editor_password": {"zh": "编辑口令", "en": "Editor password"},
    "editor_ok": {"zh": "已以编辑身份登录。", "en": "Signed in as an editor."},
    "editor_bad": {"zh": "口令不正确或尝试过于频繁，请 {s} 秒后再试。", "en": "Wrong password or too many tries; try again in {s} s."},
    "readonly_note": {"zh": "这是公开只读站点：上传的文章只在您的本次会话中可见。",
                      "en": "This is a public read-only site: articles you upload stay in your own session."},
    "map_off": {"zh": "地图已由管理员关闭（公开发布的地图需取得审图号）。",
                "en": "The map is turned off by the operator (published maps in China need an approval number)."},
    "map_title": {"zh": "{ind}（{unit}）· {period}", "en": "{ind} ({unit}) · {period}"},
    "map_missing": {"zh": "未画出的地区（没有边界数据或单位不同）", "en": "Not drawn (no boundary, or another unit)"},
    "map_pick": {"zh": "地图只画县级和地级行政区；请选择一个有这类数字的指标。", "en": "The map draws counties and prefectures only; pick an indicator with such figures."},
    "share_hint": {"zh": "复制浏览器地址即可分享当前视图（筛选、页面、语言都在链接里）。",
                   "en": "Copy the browser address to share this exact view (filters, page and language are in the link)."},
    "value": {"zh": "数值", "en": "Value"},
    "unit": {"zh": "单位", "en": "Unit"},
    "region": {"zh": "地区", "en": "Region"},
    "stage": {"zh": "阶段", "en": "Stage"},
    "sentence": {"zh": "原句", "en": "Sentence"},
    "label": {"zh": "原文标签", "en": "Label"},
    "f_prov": {"zh": "省份", "en": "Province"},
    "f_pref": {"zh": "地市", "en": "Prefecture"},
    "f_county": {"zh": "区县", "en": "County"},
    "f_ind": {"zh": "指标", "en": "Indicator"},
    "f_lbl": {"zh": "原文名称", "en": "Article's own name"},
    "f_measure": {"zh": "口径", "en": "Measure"},
    "link_gone": {"zh": "链接中的{what}（{v}）在当前数据中已不存在，已改为默认。",
                  "en": "The link's {what} ({v}) is no longer in the data; the default is shown instead."},
    "link_bad": {"zh": "链接中有无法识别的参数（{keys}），已忽略。", "en": "The link has values that could not be read ({keys}); they were ignored."},
    "no_place": {"zh": "地区不明", "en": "place unknown"},
    "unplaced": {"zh": "另有 {n} 个数字没有注明地区，未画入图中（地区不明）：{v}。",
                 "en": "{n} more figures name no place and are not drawn (place unknown): {v}."},
    "disputed": {"zh": "以下地区的同一数字各文章说法不一，图中取最新文章的数值并标 ⚠，悬停可见各值：{r}。",
                 "en": "Articles disagree on these figures; the newest article's value is drawn, marked ⚠, and hovering shows every value: {r}."},
    "n_sources": {"zh": "{n} 篇文章给出同一数字", "en": "stated by {n} articles"},
    "sources_disagree": {"zh": "各文章数值不一：{v}", "en": "articles disagree: {v}"},
    "n_sources_col": {"zh": "来源篇数", "en": "Sources"},
    "regions_left_out": {"zh": "只画出前 {limit} 个地区，另有 {n} 个地区见“数据”页。",
                         "en": "Only the first {limit} regions are drawn; {n} more are on the Data page."},
    "projects_note": {"zh": "每根柱是一个地区在所选时期、一个阶段的数字，不做跨地区加总：市级合计与所辖县各自的数字并列显示。同一事实在多篇文章或标题与导语中重复时只计一次。",
                      "en": "Each bar is one region's figure for the chosen period and one stage; nothing is added across regions, so a prefecture's total stands beside its counties' own figures. A fact repeated in several articles, or in a headline and its lead, counts once."},
    "map_level": {"zh": "地图层级", "en": "Map level"},
    "level_county": {"zh": "县级", "en": "counties"},
    "level_prefecture": {"zh": "地级", "en": "prefectures"},
    "map_other_level": {"zh": "还有{level}的数字，可在“地图层级”中切换查看。", "en": "There are figures for {level} too; switch the map level to see them."},
    "ov_articles": {"zh": "文章", "en": "Articles"},
    "ov_regions": {"zh": "地区", "en": "Regions"},
    "ov_periods": {"zh": "时期", "en": "Periods"},
    "ov_figures": {"zh": "数字", "en": "Figures"},
    "ov_latest": {"zh": "各地区最新的主要指标", "en": "Latest headline figures by region"},
    "ov_recent": {"zh": "最近添加的文章", "en": "Articles added last"},
    "click_figure": {"zh": "点击文中高亮的数字，查看它对应的数据行。", "en": "Click a highlighted figure in the text to see its row."},
    "clicked_row": {"zh": "第 {n} 个数字对应的数据行", "en": "The row of figure {n}"},
    "period_col": {"zh": "时期", "en": "Period"},
}

_MEASURES = {
    "level": ("总量", "level"), "growth": ("增速", "growth"), "change": ("增减量", "change"), "count": ("个数", "count"),
    "share": ("占比/完成率", "share"), "rank": ("排名", "rank"), "pp": ("百分点", "percentage points"),
    "ratio": ("比值", "ratio"), "target": ("目标", "target"),
}
_STAGES = {
    "negotiated": ("洽谈", "negotiated"), "signed": ("签约", "signed"), "introduced": ("引进", "introduced"),
    "planned": ("谋划/实施", "planned"), "started": ("开工", "started"), "under_construction": ("在建", "under construction"),
    "completed": ("竣工/投产", "completed"), "revived": ("盘活", "revived"),
}
STAGE_ORDER = list(_STAGES)
_DATE_SOURCES = {"metadata": ("用户提供", "given"), "dateline": ("文中日期行", "dateline"), "content": ("由内容推断", "inferred"),
                 "unknown": ("未知", "unknown"), "default": ("默认", "default")}
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def t(key: str, lang: str, **kw: object) -> str:
    entry = _TEXT.get(key)
    text = entry.get(lang, entry["zh"]) if entry else key
    return text.format(**kw) if kw else text


def _name(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    pair = table.get(code)
    return (pair[0] if lang == "zh" else pair[1]) if pair else str(code)


def measure_name(code: str, lang: str) -> str:
    return _name(_MEASURES, code, lang)


def stage_name(code: str, lang: str) -> str:
    return _name(_STAGES, code, lang)


def date_source_name(code: str, lang: str) -> str:
    return _name(_DATE_SOURCES, code or "unknown", lang)


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, tuple[str, str]]:
    from extract.indicators import catalogue

    return {c: (i.name_zh, i.name_en) for c, i in catalogue().items()}


def indicator_name(code: str, lang: str) -> str:
    pair = _catalogue().get(code)
    if code == "other":
        return "其他" if lang == "zh" else "other"
    return (pair[0] if lang == "zh" else pair[1]) if pair else code


def period_text(start: str | None, end: str | None, lang: str) -> str:
    """``2021-01``–``2021-12`` → 2021年 / 2021; a point → 截至2023年9月 / to Sep 2023."""
    start, end = (start or "").strip(), (end or "").strip()
    if not end:
        return "未注明时期" if lang == "zh" else "no period"
    ey, em = int(end[:4]), int(end[5:7])
    if not start:
        return f"截至{ey}年{em}月" if lang == "zh" else f"to {_MONTHS_EN[em - 1]} {ey}"
    sy, sm = int(start[:4]), int(start[5:7])
    if sy == ey and sm == 1 and em == 12:
        return f"{ey}年" if lang == "zh" else f"{ey}"
    if sy == ey and sm == em:
        return f"{ey}年{em}月" if lang == "zh" else f"{_MONTHS_EN[em - 1]} {ey}"
    if sy == ey:
        return f"{ey}年{sm}–{em}月" if lang == "zh" else f"{_MONTHS_EN[sm - 1]}–{_MONTHS_EN[em - 1]} {ey}"
    if lang == "zh":
        return f"{sy}年{sm}月–{ey}年{em}月"
    return f"{_MONTHS_EN[sm - 1]} {sy}–{_MONTHS_EN[em - 1]} {ey}"
