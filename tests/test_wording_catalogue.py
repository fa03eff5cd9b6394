"""One catalogue words every error: services raise codes and ids, never sentences."""

from __future__ import annotations

from congress_app.services.errors import InvalidInput, NotFound
from congress_app.wording import describe_error
from congress_app.wording.errors import FORMATTERS


def test_not_found_names_the_record_in_the_language_asked() -> None:
    error = NotFound(what="election_round", id=7)
    assert describe_error(error) == "找不到：选举轮次 7"
    assert describe_error(error, "en") == "Not found: voting round 7"
    assert describe_error(NotFound(what="第 3 届")) == "找不到：第 3 届"  # free text still reads


def test_a_missing_field_is_named_in_words() -> None:
    missing = InvalidInput("missing_value", field="joint_unit_name")
    assert describe_error(missing) == "「联合选举单位名称」不能为空。"
    assert describe_error(InvalidInput("missing_value", field="name"), "en") == "'name' must not be empty."


def test_workflow_formatters_register_without_an_import_cycle() -> None:
    assert "bad_count" in FORMATTERS  # registered by wording/elections, errors imports none
    text = describe_error(
        InvalidInput("bad_count", field="returned", problem="exceeds_electorate", actual=12, required=9)
    )
    assert "收回选票" in text and "9" in text


def test_services_hold_no_chinese_in_their_errors() -> None:
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "congress_app" / "services"
    literal = re.compile(r"(NotFound|InvalidInput|Conflict|ServiceError)\([^)]*[\u4e00-\u9fff]")
    offenders = [
        f"{p.name}: {m.group(0)}"
        for p in root.glob("*.py")
        for m in literal.finditer(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_services_word_nothing_themselves() -> None:
    """Their documents' words and stored notes come from wording/ (docstrings and comments aside)."""
    import ast
    import io
    import re
    import tokenize
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "congress_app" / "services"
    # every service: the demo university's content, the meeting templates' sample agenda and
    # the similarity stop words are data, not words of the app
    data = {"meeting_templates.py", "proposal_similarity.py"}
    files = [f for f in root.glob("*.py") if not f.name.startswith("demo") and f.name not in data]
    chinese = re.compile(r"[\u4e00-\u9fff]")
    offenders = []
    for path in files:
        source = path.read_text(encoding="utf-8")
        docs = {
            line
            for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
            for line in range(node.body[0].lineno, (node.body[0].end_lineno or 0) + 1)
        }
        offenders += [
            f"{path.name}:{tok.start[0]}: {tok.string}"
            for tok in tokenize.generate_tokens(io.StringIO(source).readline)
            if tok.type == tokenize.STRING and chinese.search(tok.string) and tok.start[0] not in docs
        ]
    assert offenders == []
