"""The smaller tables of the 代表管理 page: a delegate's history, the status review, roster
proposals, vacancies, by-elections, a body's members and its checks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from congress_app.gui.delegate_texts import CHECK, EVENT, FINDING, ROLE, STATUS, word
from congress_app.gui.models.row_table import SORT_ROLE, Index, RowTableModel
from congress_app.gui.translate_noop import QT_TRANSLATE_NOOP

FAIL_COLOR = QColor("#8a1020")
WARN_COLOR = QColor("#8a5a00")
OK_COLOR = QColor("#1b7f3b")


def _day(d) -> str:
    return d.isoformat() if d else ""


class _Table(RowTableModel):
    def cells(self, row) -> tuple:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return self.cells(self._rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.color(self._rows[index.row()], index.column())
        return None

    def color(self, row, column: int):
        return None


class HistoryModel(_Table):
    CONTEXT = "HistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "日期"),
        QT_TRANSLATE_NOOP("HistoryModel", "变动"),
        QT_TRANSLATE_NOOP("HistoryModel", "依据"),
        QT_TRANSLATE_NOOP("HistoryModel", "说明"),
    )

    def cells(self, h) -> tuple:
        what = word(EVENT, h.kind)
        if h.kind == "ended":
            what += " · " + word(STATUS, h.reason)
        return (_day(h.occurred_on), what, h.rule, "" if h.kind == "ended" else h.reason)


class ReviewModel(_Table):
    CONTEXT = "ReviewModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewModel", "代表编号"),
        QT_TRANSLATE_NOOP("ReviewModel", "姓名"),
        QT_TRANSLATE_NOOP("ReviewModel", "选举单位"),
        QT_TRANSLATE_NOOP("ReviewModel", "终止原因"),
        QT_TRANSLATE_NOOP("ReviewModel", "终止日期"),
        QT_TRANSLATE_NOOP("ReviewModel", "依据"),
    )

    def cells(self, i) -> tuple:
        return (i.number or "", i.name, i.unit, word(STATUS, i.reason), _day(i.ended_on), i.rule)


class ProposalModel(_Table):
    CONTEXT = "ProposalModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ProposalModel", "姓名"),
        QT_TRANSLATE_NOOP("ProposalModel", "变动"),
        QT_TRANSLATE_NOOP("ProposalModel", "日期"),
        QT_TRANSLATE_NOOP("ProposalModel", "来源"),
    )

    def cells(self, p) -> tuple:
        return (p.name, word(EVENT, p.kind), _day(p.occurred_on), p.source)


class VacancyModel(_Table):
    CONTEXT = "VacancyModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("VacancyModel", "选举单位"),
        QT_TRANSLATE_NOOP("VacancyModel", "名额"),
        QT_TRANSLATE_NOOP("VacancyModel", "在任"),
        QT_TRANSLATE_NOOP("VacancyModel", "缺额"),
        QT_TRANSLATE_NOOP("VacancyModel", "待确认终止"),
        QT_TRANSLATE_NOOP("VacancyModel", "补选中"),
    )

    def cells(self, v) -> tuple:
        return (v.unit, v.seats, v.in_office, v.vacancies, v.pending, v.by_election_seats)

    def color(self, v, column: int):
        if column == 3 and v.vacancies:
            return FAIL_COLOR
        if column == 4 and v.pending:
            return WARN_COLOR
        return None


class ByElectionModel(_Table):
    CONTEXT = "ByElectionModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ByElectionModel", "补选单位"),
        QT_TRANSLATE_NOOP("ByElectionModel", "名额"),
        QT_TRANSLATE_NOOP("ByElectionModel", "状态"),
    )

    def cells(self, b) -> tuple:
        _id, unit, seats, published = b
        state = (
            QT_TRANSLATE_NOOP("ByElectionModel", "已增补公布")
            if published
            else QT_TRANSLATE_NOOP("ByElectionModel", "选举中（在「代表选举」页提名、计票）")
        )
        return (unit, seats, QCoreApplication.translate("ByElectionModel", state))


class MembersModel(_Table):
    CONTEXT = "MembersModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MembersModel", "姓名"),
        QT_TRANSLATE_NOOP("MembersModel", "工号"),
        QT_TRANSLATE_NOOP("MembersModel", "职务"),
        QT_TRANSLATE_NOOP("MembersModel", "代表"),
        QT_TRANSLATE_NOOP("MembersModel", "加入"),
        QT_TRANSLATE_NOOP("MembersModel", "离开"),
        QT_TRANSLATE_NOOP("MembersModel", "教代会通过"),
    )

    def cells(self, m) -> tuple:
        yes = QCoreApplication.translate("MembersModel", "是")
        no = QCoreApplication.translate("MembersModel", "否")
        return (
            m.name,
            m.staff_no,
            word(ROLE, m.role),
            yes if m.is_delegate else no,
            _day(m.joined_on),
            _day(m.left_on),
            _day(m.approved_on),
        )

    def color(self, m, column: int):
        return QColor("#888888") if m.left_on else None


class BodyChecksModel(_Table):
    CONTEXT = "BodyChecksModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BodyChecksModel", "检查"),
        QT_TRANSLATE_NOOP("BodyChecksModel", "条款"),
        QT_TRANSLATE_NOOP("BodyChecksModel", "结果"),
        QT_TRANSLATE_NOOP("BodyChecksModel", "说明"),
    )

    def cells(self, c) -> tuple:
        from congress_app.norms import article_for_rule

        article = article_for_rule(c.rule)
        where = f"{article.heading}（{c.rule}）" if article else c.rule
        if c.passed:
            result = QCoreApplication.translate("BodyChecksModel", "符合")
        elif c.strength == "warn":
            result = QCoreApplication.translate("BodyChecksModel", "提示")
        else:
            result = QCoreApplication.translate("BodyChecksModel", "不符合")
        notes = QCoreApplication.translate("BodyChecksModel", "；").join(_finding(f) for f in c.findings)
        return (word(CHECK, c.code), where, result, notes)

    def color(self, c, column: int):
        if column != 2:
            return None
        return OK_COLOR if c.passed else (WARN_COLOR if c.strength == "warn" else FAIL_COLOR)


def _finding(f) -> str:
    parts = [word(FINDING, f.code)] + ([f.subject] if f.subject else [])
    if f.actual is not None and f.required is not None:
        parts.append(
            QCoreApplication.translate("BodyChecksModel", "现为 {actual}，应为 {required}").format(
                actual=f.actual, required=_required(f.required)
            )
        )
    return " ".join(parts)


def _required(value) -> str:
    if isinstance(value, tuple) and len(value) == 2:
        return f"{value[0]}–{value[1]}"
    return str(value)
