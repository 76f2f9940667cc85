"""civannot rules --disable/--enable with a wrong rule id: one line that names the closest ids and
how to list them, not a pointer into the source (qa22)."""

from __future__ import annotations

from civannot.cli import main
from tests.learn_support import build_project


def test_wrong_rule_id_names_the_closest(tmp_path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "p.civ"
    build_project(path, n=2).close()
    code = main(["rules", str(path), "--disable", "title.chian"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert "did you mean title.chain" in err, err
    assert "civannot rules PROJECT" in err and "civannot.preannotate.registry" not in err
    code = main(["rules", str(path), "--enable", "zzz", "--json"])
    err = capsys.readouterr().err
    assert code == 2 and "did you mean" not in err and "no pre-annotation rule 'zzz'" in err
