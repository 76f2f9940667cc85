"""Importing folders, files, archives and encodings into a project."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from civannot.importer import Refused, decode, find_date, html_text, import_paths, make_title
from civannot.project import Project

ARTICLE = "10月13日，某市召开创建工作会议。\n市委书记李四出席会议并讲话，要求各部门抓好落实。"


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.civ")
    yield p
    p.close()


def test_decode_encodings_and_binary() -> None:
    assert decode(ARTICLE.encode("utf-8")) == (ARTICLE, "utf-8", False)
    assert decode(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))[0] == ARTICLE
    text, enc, guessed = decode(ARTICLE.encode("gb18030"))
    assert (text, enc, guessed) == (ARTICLE, "gb18030", True)
    trad = "市委書記李四出席會議並講話，要求各部門抓好落實。"
    text, enc, guessed = decode(trad.encode("big5"))
    assert text == trad and enc == "big5" and guessed
    with pytest.raises(Refused, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_html_text_drops_scripts_styles_navigation() -> None:
    text, title = html_text(
        "<html><head><title>会议 </title><style>p{}</style></head><body><nav>首页 | 要闻</nav>"
        "<script>var a = '脚本';</script><h1>标题</h1><p>第一段。</p><p>第二段&amp;。</p>"
        "<footer>版权所有</footer></body></html>"
    )
    assert title == "会议"
    assert "脚本" not in text and "首页" not in text and "版权" not in text
    assert text.split("\n")[0] == "标题" and "第二段&。" in text


def test_dates_and_titles() -> None:
    assert find_date("发布时间：2023年10月3日 来源") == "2023-10-03"
    assert find_date("2022-08-18 来源") == "2022-08-18"
    assert find_date("10月13日，会议召开") == "10月13日"
    assert find_date("没有日期") == ""
    assert make_title("\n\n  第一行\n第二行") == "第一行"
    assert len(make_title("长" * 100)) == 60


def test_folder_import_with_duplicates_refusals_and_report(
    project: Project, tmp_path: Path
) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "sub" / "a.txt").write_bytes(ARTICLE.encode("gb18030"))  # same text: duplicate
    (src / "sub" / "b.txt").write_text("? ? 另一篇文章,内容不同。", encoding="utf-8")
    (src / "c.bin.txt").write_bytes(b"\x00\x01\x02binary")
    (src / "notes.doc").write_bytes(b"ignored")  # not an article type
    (src / "page.html").write_text(
        "<p>网页文章:要求抓好落实。</p><script>x()</script>", encoding="utf-8"
    )
    with zipfile.ZipFile(src / "arch.zip", "w") as zf:
        zf.writestr("z1.txt", "压缩包里的文章,第一篇。")
        zf.writestr("inner/z2.txt", "压缩包里的文章,第二篇。")
    seen: list[tuple[int, int]] = []
    result = import_paths(project, [src], progress=lambda d, t: seen.append((d, t)))
    rep = result.report
    assert sorted(rep.imported) == sorted(["a", "sub/b", "page", "arch/z1", "arch/inner/z2"])
    assert len(rep.duplicates) == 1 and "sub/a" in rep.duplicates[0]
    assert len(result.refused) == 1 and "c.bin.txt" in result.refused[0]
    assert "binary" in result.refused[0]
    assert result.encodings == {str(src / "sub" / "a.txt"): "gb18030"}
    assert seen and seen[-1][0] == seen[-1][1]
    doc = project.document(project.document_id("sub/b"))
    assert doc.text == "另一篇文章，内容不同。"
    assert doc.raw == "? ? 另一篇文章,内容不同。"
    a = project.document(project.document_id("a"))
    assert a.title == "10月13日，某市召开创建工作会议。" and a.meta["date"] == "10月13日"
    # importing again: everything is a duplicate, nothing new
    again = import_paths(project, [src / "a.txt"])
    assert again.report.imported == [] and len(again.report.duplicates) == 1


def test_same_file_name_with_other_text_gets_new_id(project: Project, tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text("第一篇。", encoding="utf-8")
    (tmp_path / "y" / "a.txt").write_text("第二篇。", encoding="utf-8")
    import_paths(project, [tmp_path / "x" / "a.txt"])
    result = import_paths(project, [tmp_path / "y" / "a.txt"])
    assert result.report.imported == ["a~2"]


def test_csv_text_column_by_name_or_given(project: Project, tmp_path: Path) -> None:
    f = tmp_path / "t.csv"
    f.write_text(
        'id,标题,正文,url\n1,标题一,第一篇文章。,http://a\n2,标题二,"第二篇,文章。",\n',
        encoding="utf-8",
    )
    result = import_paths(project, [f])
    assert result.report.imported == ["t#1", "t#2"]
    d = project.document(project.document_id("t#2"))
    assert d.text == "第二篇，文章。" and d.title == "标题二"
    g = tmp_path / "u.csv"
    g.write_text("k,body_text\n1,另一篇文章。\n", encoding="utf-8")
    refused = import_paths(project, [g])
    assert refused.refused and "no text column" in refused.refused[0]
    ok = import_paths(project, [g], text_column="body_text")
    assert ok.report.imported == ["u#1"]


def test_many_documents_use_the_worker_pool(project: Project, tmp_path: Path) -> None:
    f = tmp_path / "many.csv"
    rows = [f"{i},第{i}篇文章:要求抓好落实({i})。" for i in range(80)]
    f.write_text("id,text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = import_paths(project, [f], workers=2)
    assert len(result.report.imported) == 80
    d = project.document(project.document_id("many#7"))
    assert d.text == "第7篇文章：要求抓好落实（7）。"


@pytest.mark.seeds
def test_seeds_import_and_map_back(project: Project, seed_files: list[Path]) -> None:
    result = import_paths(project, seed_files)
    assert len(result.report.imported) == 3 and not result.refused
    from civannot.text import OffsetMap

    for doc in project.documents():
        m = OffsetMap.loads(doc.offset_map, len(doc.text)) if doc.offset_map else None
        assert m is not None
        for i in range(0, len(doc.text), 97):
            a, b = m.to_raw(i, i + 1)
            assert 0 <= a < b <= len(doc.raw)
        assert any(f.kind in ("pinyin", "boilerplate") for f in doc.flags)


def test_missing_path_is_refused(project: Project, tmp_path: Path) -> None:
    result = import_paths(project, [tmp_path / "nope"])
    assert result.refused == [f"{tmp_path / 'nope'}: no such file or folder"]
    assert json.loads(json.dumps(result.to_json()))["refused"]
