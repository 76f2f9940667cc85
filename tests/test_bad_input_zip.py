"""Archives and folders that try to make the importer do too much or the wrong thing (issue 20)."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from bad_input_support import fingerprint, init, run

from civannot.importer import ZipLimits, collect
from civannot.project import Project

ART = "青川县召开创建文明城市推进会。县委书记林远航强调，要压实责任。"
ART2 = "石门区召开动员会。区长赵启明要求，各部门要抓好整改。"


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def patch_headers(path: Path, *, flag: int | None = None, method: int | None = None) -> None:
    """Rewrite the flag bits / compression method of every member, local and central headers."""
    data = bytearray(path.read_bytes())
    for sig, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        i = data.find(sig)
        while i >= 0:
            if flag is not None:
                data[i + flag_at : i + flag_at + 2] = flag.to_bytes(2, "little")
            if method is not None:
                data[i + method_at : i + method_at + 2] = method.to_bytes(2, "little")
            i = data.find(sig, i + 4)
    path.write_bytes(bytes(data))


def imported(capsys, p: Path, *args: object) -> tuple[int, dict]:  # noqa: ANN001
    code, out, err = run(capsys, "import", p, *args, "--json")
    assert "Traceback" not in err, err
    return code, json.loads(out)


def test_zip_bomb_refused_by_ratio(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    before = fingerprint(p)
    z = make_zip(tmp_path / "bomb.zip", {"a.txt": b"a" * (8 * 1024 * 1024)})
    assert z.stat().st_size < 100_000
    code, rep = imported(capsys, p, z)
    assert code == 1 and rep["imported"] == []
    assert len(rep["refused"]) == 1
    msg = rep["refused"][0]
    assert msg.startswith(f"{z}!a.txt: inflates ") and "over the limit of 200" in msg
    assert "zip bomb" in msg
    assert fingerprint(p) == before


def test_zip_size_limits_configurable(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    z = make_zip(tmp_path / "big.zip", {"a.txt": ("。" + ART).encode() * 40000})
    code, rep = imported(capsys, p, z, "--zip-max-mb", "1", "--zip-max-ratio", "1e6")
    assert code == 1
    assert "over the limit of 1.0 MB per file (--zip-max-mb raises it)" in rep["refused"][0]
    # the whole archive: four times the per-file limit
    many = make_zip(tmp_path / "many.zip", {f"m{i}.txt": ART.encode() * 3000 for i in range(8)})
    code, rep = imported(capsys, p, many, "--zip-max-mb", "0.5", "--zip-max-ratio", "1e6")
    assert code == 1 and rep["imported"] == []
    assert rep["refused"] == [f"{many}: inflates to more than 2.0 MB in all (limit of the "
                              "import; --zip-max-mb raises it)"]  # fmt: skip
    code, _, err = run(capsys, "import", p, many, "--zip-max-ratio", "nan")
    assert code == 2 and "--zip-max-ratio must be a positive number" in err
    code, rep = imported(capsys, p, many, "--zip-max-mb", "10", "--zip-max-ratio", "1e6")
    assert code == 0 and len(rep["imported"]) == 1  # eight members of the same text


def test_encrypted_unknown_method_bad_crc_one_line_each(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    enc = make_zip(tmp_path / "enc.zip", {"a.txt": ART.encode()}, zipfile.ZIP_STORED)
    patch_headers(enc, flag=0x1)
    unk = make_zip(tmp_path / "unk.zip", {"a.txt": ART.encode()}, zipfile.ZIP_STORED)
    patch_headers(unk, method=99)
    crc = make_zip(tmp_path / "crc.zip", {"a.txt": ART.encode()}, zipfile.ZIP_STORED)
    data = bytearray(crc.read_bytes())
    at = data.find(ART.encode()[:6])
    data[at] ^= 0x01
    crc.write_bytes(bytes(data))
    good = tmp_path / "good.txt"
    good.write_text(ART2, encoding="utf-8")
    code, rep = imported(capsys, p, enc, unk, crc, good)
    assert code == 1
    assert len(rep["imported"]) == 1  # the good file still goes in
    assert sorted(rep["refused"]) == sorted(
        [
            f"{enc}!a.txt: encrypted (password-protected) member: civannot cannot read it",
            f"{unk}!a.txt: compressed with method 99, which civannot cannot read",
            f"{crc}!a.txt: damaged member (Bad CRC-32 for file 'a.txt')",
        ]
    )
    with Project.open(p) as project:
        assert [d.text for d in project.documents()] == [ART2]


def test_nested_zip_opened_one_level(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    inner = make_zip(tmp_path / "inner.zip", {"a.txt": ART.encode()})
    deeper = make_zip(tmp_path / "deeper.zip", {"d.zip": inner.read_bytes()})
    outer = make_zip(
        tmp_path / "outer.zip",
        {"inner.zip": inner.read_bytes(), "deeper.zip": deeper.read_bytes(), "x.pdf": b"%PDF"},
    )
    code, rep = imported(capsys, p, outer)
    assert code == 0 and len(rep["imported"]) == 1
    assert (
        f"{outer}!deeper.zip!d.zip: an archive inside an archive inside an archive, not opened"
        in rep["notes"]
    )
    assert f"{outer}: 1 member(s) of other types skipped (.pdf)" in rep["notes"]
    with Project.open(p) as project:
        (info,) = project.document_infos()
        assert info.source == f"{outer}!inner.zip!a.txt"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_links_out_of_the_folder_not_followed(tmp_path, capsys) -> None:
    p = init(tmp_path, capsys)
    secret = tmp_path / "outside.txt"
    secret.write_text("不该导入的文件内容。", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ART, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ART2, encoding="utf-8")
    (folder / "link_out.txt").symlink_to(secret)
    (folder / "link_in.txt").symlink_to(folder / "sub" / "b.txt")
    (folder / "loop").symlink_to(folder)
    code, rep = imported(capsys, p, folder)
    assert code == 0
    assert (
        f"{folder / 'link_out.txt'}: a link to {secret.resolve()}, outside the folder, not followed"
        in rep["notes"]
    )
    assert f"{folder / 'loop'}: a link to a folder, not followed" in rep["notes"]
    with Project.open(p) as project:
        texts = sorted(d.text for d in project.documents())
    assert texts == sorted([ART, ART2])  # link_in is b.txt again: a duplicate
    code, out, _ = run(capsys, "import", p, folder)
    assert "note: " in out and "outside the folder, not followed" in out


def test_collect_declared_size_checked_before_inflating(tmp_path) -> None:
    z = make_zip(tmp_path / "z.zip", {"a.txt": b"x" * 5000})
    notes: list[str] = []
    sources, refused = collect([z], notes=notes, zip_limits=ZipLimits(max_member=100))
    assert refused == [] and len(sources) == 1
    from civannot.importer import Refused

    with pytest.raises(Refused, match="over the limit of 0.0 MB per file"):
        sources[0].read()
