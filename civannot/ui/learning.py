"""Learning in the window: Tools → Train model… (worker thread, progress, cancel), Tools → Rules
and model… (the lead's screen: rules with on/off switches, the model's evaluation, the learning
curve), Edit → Accept suggestions of precise rules (one undo step) and Edit → Next document by
uncertainty. Everything shown is computed by civannot.learn (lead_model, explain, uncertainty);
the widgets only draw it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFontDatabase, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civannot.learn.lead_model import (
    RuleSkips,
    correction_rows,
    curve_plot,
    evaluation_rows,
    readable_ticks,
    report_skips,
    rule_rows,
)
from civannot.ui.learn_words import (
    correction_text,
    correction_tip,
    curve_name,
    model_summary_text,
    rule_description,
    set_measured,
)
from civannot.ui.tasks import TaskPanel

PRECISION_BAR = 0.9  # the default threshold of Accept suggestions of precise rules
STALE_DELAY_MS = 500  # a burst of changes to gold (an adjudication, an import) measured once
THRESHOLD_SETTING = "learning/accept_precision"  # the annotator's own threshold (0.5-1.0)


def accept_threshold() -> float:
    """The threshold the annotator chose (Edit → Precision threshold for accepting…), or the
    default; a value out of 0.5-1.0 in the settings file counts as the default."""
    from civannot.ui.i18n import settings

    try:
        value = float(settings().value(THRESHOLD_SETTING, PRECISION_BAR))
    except (TypeError, ValueError):
        return PRECISION_BAR
    return value if 0.5 <= value <= 1.0 else PRECISION_BAR


SKIPS_COLUMN = 5  # the rules table's column of what switching a rule off skips


def _tr(text: str) -> str:
    return QCoreApplication.translate("learning", text)


def skips_text(skips: RuleSkips | None, off: bool) -> tuple[str, str]:
    """The rules table's cell (and its tooltip) for what switching a rule off skips: for a rule
    that is on, the steps its switching off would leave out, or those its family would; for a
    rule that is off, the steps not run now because of it."""
    if skips is None or not skips.group:
        return "—", ""
    steps = ", ".join(skips.steps)
    fam = ", ".join(skips.group_steps)
    if off:
        if skips.steps:
            return (
                _tr("{n} not run").format(n=len(skips.steps)),
                _tr("Off: these steps are not run now: {steps}").format(steps=steps),
            )
        return "—", _tr("Off, but its steps still run for other rules that are on")
    family_tip = (
        _tr("With the whole family {family} off: {steps}").format(family=skips.group, steps=fam)
        if skips.group_steps
        else _tr("Switching the family {family} off skips no step either").format(
            family=skips.group
        )
    )
    if skips.steps:
        return (
            _tr("1 step") if len(skips.steps) == 1 else _tr("{n} steps").format(n=len(skips.steps)),
            _tr("Switching it off skips: {steps}").format(steps=steps) + "\n" + family_tip,
        )
    if skips.group_steps:
        return (
            _tr("with {family}: {n}").format(family=skips.group, n=len(skips.group_steps)),
            _tr("Switching it off alone skips no work: other rules of its steps are on")
            + "\n"
            + family_tip,
        )
    return "—", _tr("Switching it off skips no work: its steps make other labels too") + (
        "\n" + family_tip
    )


# ---- work run on the worker thread (plain values in, plain values out) ------------------------


def learn_error_text(message: str) -> str:
    """A refusal of training (civannot.learn speaks English, as the command does) in the
    window's language; one this does not know stays as it is."""
    import re

    m = re.fullmatch(
        r"no annotated documents in (.+) \(adjudicate gold or mark layers done\)", message
    )
    if m is not None:
        return _tr(
            "No annotated documents in {sources}: adjudicate gold, or mark an annotator's "
            "documents done"
        ).format(sources=m.group(1))
    if message == "no annotated documents to train on (adjudicate some gold first)":
        return _tr("No annotated documents to train on: adjudicate some gold first")
    return message


def train_work(project_path: str, sources: list[str], *, progress: Any, cancel: Any) -> dict:
    from civannot.agreement.report import Cancelled
    from civannot.learn.training import TrainingCancelled, train_project
    from civannot.project import Project

    project = Project.worker_connection(project_path)
    try:
        return train_project(project, sources, progress=progress, cancel=cancel)
    except TrainingCancelled:
        raise Cancelled() from None
    finally:
        project.db.close()


def rules_work(project_path: str, against: list[str], *, progress: Any, cancel: Any) -> dict:
    from civannot.learn.model_store import model_versions
    from civannot.learn.rules_report import rules_report
    from civannot.project import Project

    project = Project.worker_connection(project_path)
    try:
        progress(0, 1)
        rep = rules_report(project, against)
        rep["versions"] = model_versions(project)
        progress(1, 1)
        return rep
    finally:
        project.db.close()


def precision_work(project_path: str, *, progress: Any, cancel: Any) -> dict:
    """The rules' (and the model's) precision against gold, for accepting by precision."""
    from civannot.learn.rules_report import measured_precisions
    from civannot.project import Project

    project = Project.worker_connection(project_path)
    try:
        progress(0, 1)
        return measured_precisions(project)
    finally:
        project.db.close()


def _sources(project: Any) -> list[str]:
    from civannot.records import GOLD_LAYER

    return [GOLD_LAYER, *project.annotators()]


# ---- Train model… ----------------------------------------------------------------------------


class TrainDialog(QDialog):
    """Choose what to learn from, train on a worker thread, show the held-out report."""

    def __init__(self, project: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Train model"))
        self.project_path = project.target
        self.result: dict | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Learn from (gold, and done documents of annotators):")))
        self.boxes: dict[str, QCheckBox] = {}
        for name in _sources(project):
            box = QCheckBox(name, self)
            box.setChecked(name == "gold")
            self.boxes[name] = box
            layout.addWidget(box)
        self.train_button = QPushButton(_tr("Train"), self)
        self.train_button.clicked.connect(self.start)
        layout.addWidget(self.train_button)
        self.panel = TaskPanel(self, controls=[self.train_button])
        layout.addWidget(self.panel)
        layout.addWidget(self.panel.status)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setObjectName("trainReport")
        # the report's table is laid out in columns of characters
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.report, 1)
        self.panel.finished.connect(self._done)
        self.panel.failed.connect(
            lambda m: self.panel.status.setText(
                _tr("Training failed: {m}").format(m=learn_error_text(m))
            )
        )
        self.resize(640, 480)

    def chosen(self) -> list[str]:
        return [n for n, b in self.boxes.items() if b.isChecked()]

    def start(self) -> bool:
        sources = self.chosen()
        if not sources:
            self.panel.status.setText(_tr("Choose at least one source"))
            return False
        return self.panel.run(
            train_work,
            self.project_path,
            sources,
            busy_text=_tr("Training… the window stays usable"),
            failed_text=_tr("Training failed: {m}"),
            cancelled_text=_tr("Training cancelled; nothing stored"),
        )

    def _done(self, rep: dict) -> None:
        from civannot.ui.learn_words import report_text

        self.result = rep
        self.panel.status.setText(
            _tr("Model version {v} stored; pre-annotate to use it").format(v=rep["version"])
        )
        self.report.setPlainText(report_text(rep))

    def reject(self) -> None:  # closing while training cancels it
        self.panel.cancel()
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.panel.cancel()  # (closed with the main window: reject() is not called then)
        super().closeEvent(event)


# ---- the lead's screen -------------------------------------------------------------------------


class CurveWidget(QWidget):
    """Draws lead_model.curve_plot: F1 against training documents."""

    COLOURS = {"rules": "#888888", "corrected": "#2e9e5b", "model": "#3b7dd8", "both": "#d8563b"}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.curve: list[dict] = []
        self.setMinimumSize(320, 200)

    def set_curve(self, curve: list[dict]) -> None:
        self.curve = curve
        self.update()

    def axis_titles(self) -> tuple[str, str]:
        """What the x and y axes count, in the window's language (drawn under the x ticks and
        above the y ticks: a tick's number alone does not say it is documents or F1)."""
        return _tr("training documents"), _tr("micro F1 (held out)")

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        left, right, top, bottom = 36, 16, 44, 40  # legend and y title above, x title below
        plot = curve_plot(self.curve, self.width() - left - right, self.height() - top - bottom)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not plot.series:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _tr("No learning curve yet"))
            p.end()
            return
        x_title, y_title = self.axis_titles()
        fm = p.fontMetrics()
        p.setPen(QPen(QColor("#bbbbbb")))
        for y, _text in plot.y_ticks:
            p.drawLine(QPointF(left, top + y), QPointF(left + plot.width, top + y))
        # the labels that fit without running into each other (readable_ticks): y upwards (its
        # positions negated), 1.0 always; x with the most documents always, none cut at the edge
        h = fm.height()
        for start, text in readable_ticks(
            [(-y, t) for y, t in plot.y_ticks], lambda _t: h, -(plot.height + bottom), top, 0
        ):
            p.drawText(QPointF(4, top - start - h / 2 + 4), text)
        for start, text in readable_ticks(
            plot.x_ticks, fm.horizontalAdvance, 2 - left, plot.width + right - 2
        ):
            p.drawText(QPointF(left + start, top + plot.height + 16), text)
        p.setPen(QPen(QColor("#666666")))
        p.drawText(QPointF(4, top - 10), y_title)
        p.drawText(
            QPointF(
                left + (plot.width - fm.horizontalAdvance(x_title)) / 2, top + plot.height + 34
            ),
            x_title,
        )
        legend_x = 0
        for key, line in plot.series.items():
            p.setPen(QPen(QColor(self.COLOURS[key]), 2))
            for a, b in zip(line, line[1:], strict=False):
                p.drawLine(QPointF(left + a[0], top + a[1]), QPointF(left + b[0], top + b[1]))
            for x, y in line:
                p.drawEllipse(QPointF(left + x, top + y), 2.5, 2.5)
            name = curve_name(key)
            p.drawText(QPointF(left + 8 + legend_x, 14), name)
            legend_x += fm.horizontalAdvance(name) + 24
        p.end()


class RulesWindow(QWidget):
    """Rules measured against gold (worst first) with on/off switches; the model's held-out
    evaluation and learning curve."""

    def __init__(self, project: Any, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(_tr("Rules and model"))
        self.project = project
        self.report: dict | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        top = QHBoxLayout()
        self.refresh_button = QPushButton(_tr("Measure again"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        # what the rules are measured against: gold, or the done documents of annotators (as
        # `civannot rules --against`), for a team that has not adjudicated yet
        top.addWidget(QLabel(_tr("Against:"), self))
        self.against = QComboBox(self)
        self.against.setObjectName("rulesAgainst")
        names = list(project.annotators())
        self.against.addItem(_tr("gold"), ["gold"])
        for name in names:
            self.against.addItem(_tr("done documents of {name}").format(name=name), [name])
        if len(names) > 1:
            self.against.addItem(_tr("done documents of all annotators"), names)
        self.against.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.against)
        top.addStretch(1)
        layout.addLayout(top)
        self.panel = TaskPanel(self, controls=[self.refresh_button])
        layout.addWidget(self.panel)
        layout.addWidget(self.panel.status)
        self.rules = QTableWidget(0, 6, self)
        self.rules.setObjectName("rulesTable")
        self.rules.setHorizontalHeaderLabels(
            [_tr("On"), _tr("Rule"), _tr("Count"), _tr("Precision %"), _tr("Recall %"),
             _tr("Off skips")]
        )  # fmt: skip
        self.rules.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rules.horizontalHeaderItem(SKIPS_COLUMN).setToolTip(
            _tr("The work that is not done when the rule is off: a step of the rules runs while "
                "any rule of its is on")
        )  # fmt: skip
        self.rules.itemChanged.connect(self._toggled)
        layout.addWidget(self.rules, 3)
        self.skipped = QLabel(self)
        self.skipped.setObjectName("skippedSteps")
        self.skipped.setWordWrap(True)
        self.skipped.setVisible(False)
        layout.addWidget(self.skipped)
        bottom = QHBoxLayout()
        self.evaluation = QTableWidget(0, 6, self)
        self.evaluation.setObjectName("evaluationTable")
        self.evaluation.setHorizontalHeaderLabels(
            [_tr("Label"), _tr("Gold"), _tr("Rules F1"), _tr("+Corrections F1"), _tr("Model F1"),
             _tr("Both F1")]
        )  # fmt: skip
        self.evaluation.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        bottom.addWidget(self.evaluation, 3)
        # the corrections of the rules learned with the newest model (civannot.learn.corrections)
        self.corrections = QTableWidget(0, 3, self)
        self.corrections.setObjectName("correctionsTable")
        self.corrections.setHorizontalHeaderLabels(
            [_tr("Learned correction"), _tr("Fixed"), _tr("Broken")]
        )
        head = self.corrections.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for j in (1, 2):  # the counts take what they need, the correction's name the rest
            head.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        bottom.addWidget(self.corrections, 3)
        self.curve = CurveWidget(self)
        bottom.addWidget(self.curve, 2)
        layout.addLayout(bottom, 2)
        self.panel.finished.connect(self._show)
        self._filling = False
        # the gold's changes seen by Learning when this screen's measurement started
        self.generation = self.measured_generation = 0
        self.resize(1240, 720)  # the three tables and the curve side by side fit at 1366x768

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.panel.cancel()  # a measurement nobody will read
        super().closeEvent(event)

    def refresh(self) -> bool:
        against = self.against.currentData() or ["gold"]
        self.measured_generation = self.generation  # (Learning: the gold changed since?)
        return self.panel.run(
            rules_work,
            self.project.target,
            list(against),
            busy_text=_tr("Measuring the rules against gold…")
            if against == ["gold"]
            else _tr("Measuring the rules against the done documents of {names}…").format(
                names=", ".join(against)
            ),
        )

    def _show(self, rep: dict) -> None:
        self.report = rep
        self._filling = True
        rows = rule_rows(rep)
        self.rules.setRowCount(len(rows))
        for i, r in enumerate(rows):
            on = QTableWidgetItem()
            on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            on.setCheckState(Qt.CheckState.Checked if r.enabled else Qt.CheckState.Unchecked)
            on.setData(Qt.ItemDataRole.UserRole, r.rule)
            self.rules.setItem(i, 0, on)
            cells = [r.rule, str(r.count), r.precision, r.recall]
            for j, text in enumerate(cells, 1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(rule_description(r.rule) or r.description)
                if r.worst:
                    item.setForeground(QColor("#c0392b"))
                self.rules.setItem(i, j, item)
        self._show_skips()
        self._filling = False
        versions = rep.get("versions", [])
        names = ", ".join(rep.get("against") or ["gold"])
        if rep.get("against", ["gold"]) != ["gold"]:
            gold = (
                _tr("{n} done documents of {names}.").format(n=rep["documents"], names=names)
                if rep["documents"]
                else _tr(
                    "No done documents of {names} to measure the rules against; the switches "
                    "work without them."
                ).format(names=names)
            )
        elif rep["documents"]:
            gold = _tr("{n} documents of gold.").format(n=rep["documents"])
        else:  # as `civannot rules` says it, not a table of counts of 0 to read as measures
            gold = _tr(
                "No annotated documents in gold to measure the rules against (adjudicate gold "
                "first); the switches work without it."
            )
        self.summary.setText(gold + " " + model_summary_text(versions))
        info = versions[0]["info"] if versions else {}
        ev = evaluation_rows(info)
        self.evaluation.setRowCount(len(ev))
        for i, row in enumerate(ev):
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                if row[0] == "micro":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.evaluation.setItem(i, j, item)
        self._fit_evaluation()
        self.curve.set_curve(info.get("curve", []))
        cr = correction_rows(info)
        self.corrections.clearSpans()
        self.corrections.setRowCount(len(cr))
        if not cr and versions:  # say so rather than leave an empty table to guess at
            self.corrections.setRowCount(1)
            none = QTableWidgetItem(_tr("None kept: no correction beat the rules out of fold"))
            none.setFlags(Qt.ItemFlag.ItemIsEnabled)
            none.setForeground(QColor("#777777"))
            self.corrections.setItem(0, 0, none)
            self.corrections.setSpan(0, 0, 1, 3)
        for i, row in enumerate(cr):
            for j, text in enumerate(row):
                item = QTableWidgetItem(correction_text(text) if j == 0 else text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(correction_tip(row[0]))
                self.corrections.setItem(i, j, item)
        self.panel.status.setText("")

    def _show_skips(self) -> None:
        """The last column: what switching each rule off skips, as the engine decides it now
        (lead_model.report_skips over the report's rules off); the line under the table names
        the steps not run now."""
        if self.report is None:
            return
        skips = report_skips(self.report)
        filling, self._filling = self._filling, True
        for i in range(self.rules.rowCount()):
            rule = self.rules.item(i, 1).text()
            text, tip = skips_text(skips.rules.get(rule), rule in skips.off)
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(tip)
            if not text.strip("—"):
                item.setForeground(QColor("#777777"))
            self.rules.setItem(i, SKIPS_COLUMN, item)
        self._filling = filling
        self.rules.resizeColumnToContents(SKIPS_COLUMN)
        self.skipped.setText(
            _tr("Not run now (every rule of theirs off): {steps}").format(
                steps=", ".join(skips.now)
            )
            if skips.now
            else ""
        )
        self.skipped.setVisible(bool(skips.now))

    def _fit_evaluation(self) -> None:
        """The evaluation table is as wide as its six columns (English headers are wider than
        the Chinese ones: at 1240 px "Both F1" was cut behind a scroll bar); the corrections
        table, whose name column stretches, gives up the room."""
        t = self.evaluation
        t.resizeColumnsToContents()
        head = t.horizontalHeader()
        width = sum(head.sectionSize(j) for j in range(t.columnCount()))
        width += t.verticalHeader().sizeHint().width() + t.verticalScrollBar().sizeHint().width()
        t.setMinimumWidth(width + 2 * t.frameWidth() + 2)

    def _toggled(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        from civannot.learn.rules_report import set_rule_enabled

        rule = item.data(Qt.ItemDataRole.UserRole)
        enabled = item.checkState() == Qt.CheckState.Checked
        try:
            now = set_rule_enabled(self.project, rule, enabled)
            if self.report is not None:  # (what switching each rule off skips has changed)
                self.report["disabled"] = now
                self._show_skips()
            self.panel.status.setText(
                _tr("{rule} switched {state}; pre-annotate to apply").format(
                    rule=rule, state=_tr("on") if enabled else _tr("off")
                )
            )
        except ValueError as e:
            self.panel.status.setText(str(e))
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked if enabled else Qt.CheckState.Checked)
            self._filling = False


# ---- actions in the main window ------------------------------------------------------------


class Learning:
    def __init__(self, window: Any):
        self.window = window
        self.train_dialog: TrainDialog | None = None
        self.rules_window: RulesWindow | None = None
        self.by_uncertainty = False
        # measured precision by provenance, and the gold documents it was measured on, for the
        # model version it was measured with (the key)
        self._precisions: tuple[int, dict[str, float], int] | None = None
        # measuring runs on a worker (it reads all the gold: seconds on a team's project); the
        # panel is never shown, the status bar speaks for it
        self.measure = TaskPanel()
        self.measure.finished.connect(self._measured)
        self.measure.failed.connect(
            lambda m: self.window.show_message(_tr("Could not measure the rules: {m}").format(m=m))
        )
        self._waiting: tuple[int, float] | None = None  # (document, threshold) to accept then
        # prec29: the figures follow the project's change bus. A change to gold (or to the
        # layers the rules screen measures against) makes them stale: measured again on a
        # worker once a burst of changes is over (the timer), a measurement started before the
        # change thrown away and started again (the generations).
        self._generation = 0
        self._measure_generation = 0
        self._measured_once = False
        self._rules_again = False
        self.stale_timer = QTimer()
        self.stale_timer.setSingleShot(True)
        self.stale_timer.setInterval(STALE_DELAY_MS)
        self.stale_timer.timeout.connect(self._measure_stale)
        self._unsubscribe: Any = None

    def watch(self) -> None:
        """Listen to the session's change bus (install does it)."""
        if self._unsubscribe is None:
            self._unsubscribe = self.session.subscribe(self._on_change)

    def _on_change(self, change: Any) -> None:
        from civannot.learn.rules_report import stales_precisions

        if self.session.project.kind == "bundle":  # no gold: the lead's figures, carried
            return
        gold = stales_precisions(change)
        if gold:
            self._generation += 1
            self._precisions = None  # the next accept waits for the new figures
        screen = self.rules_window
        if screen is not None and (
            gold or stales_precisions(change, screen.against.currentData() or ["gold"])
        ):
            screen.generation += 1
        if gold or (screen is not None and screen.generation != screen.measured_generation):
            self.stale_timer.start()  # (restarted by each change of a burst)

    def _measure_stale(self) -> None:
        screen = self.rules_window
        if (
            screen is not None
            and screen.isVisible()
            and (screen.measured_generation != screen.generation)
        ):
            if screen.panel.running:
                self._rules_again = True
            else:
                screen.refresh()
        if self._measured_once and self._precisions is None and not self.measure.running:
            self._start_measure()

    def _start_measure(self) -> None:
        self.stale_timer.stop()
        self._measure_generation = self._generation
        self.measure.run(precision_work, self.session.project.target)

    @property
    def session(self) -> Any:
        return self.window.session

    def close(self) -> None:
        """The main window closes (quit, another project opened, another language or
        annotator): the learning windows go with it, their work cancelled. The rules screen
        would otherwise stay open on a project that is closed (a switch then changed nothing,
        Measure again showed the old project's figures) and keep the application running."""
        for screen in (self.train_dialog, self.rules_window):
            if screen is not None:
                screen.panel.cancel()
                screen.close()
        self._waiting = None
        self.stale_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.measure.cancel()
        set_measured({}, 0)

    def open_train(self) -> TrainDialog:
        if self.train_dialog is None or self.train_dialog.project_path != (
            self.session.project.target
        ):
            self.train_dialog = TrainDialog(self.session.project, self.window)
            self.train_dialog.panel.finished.connect(self._trained)
        self.train_dialog.show()
        self.train_dialog.raise_()
        return self.train_dialog

    def _trained(self, _rep: dict) -> None:
        """A new model version: the lead's screen, if open, shows it (its summary, evaluation,
        curve and corrections) instead of the version it was opened with."""
        if self.rules_window is not None and self.rules_window.isVisible():
            self.rules_window.refresh()

    def open_rules(self) -> RulesWindow:
        if self.rules_window is None or self.rules_window.project is not self.session.project:
            self.rules_window = RulesWindow(self.session.project)
            self.rules_window.panel.finished.connect(self._rules_measured)
        self.rules_window.show()
        self.rules_window.raise_()
        self.rules_window.refresh()
        return self.rules_window

    def _key(self) -> int:
        from civannot.learn.model_store import latest_version

        return latest_version(self.session.project)

    def precisions(self) -> dict[str, float]:
        """Measured precision by provenance (rules against gold, the model's held-out one),
        measured once per model version (here, on this thread: accept_precise measures on a
        worker)."""
        from civannot.learn.rules_report import measured_precisions

        key = self._key()
        if self._precisions is None or self._precisions[0] != key:
            self._store(measured_precisions(self.session.project))
        assert self._precisions is not None
        return self._precisions[1]

    def _rules_measured(self, rep: dict) -> None:
        """The rules screen measured against gold again: accepting by precision uses its
        figures (measured against annotators' layers, they are not the gold's)."""
        from civannot.learn.rules_report import precisions_of

        screen = self.rules_window
        if screen is not None and (
            self._rules_again or screen.measured_generation != screen.generation
        ):
            self._rules_again = False
            if screen.isVisible():
                screen.refresh()  # changed while it measured: these figures are stale
            return
        if rep.get("against") != ["gold"]:
            return

        versions = rep.get("versions") or []
        newest = (versions[0]["version"], versions[0]["info"]) if versions else ()
        self._store(precisions_of(rep, *newest))

    def _store(self, measured: dict) -> None:
        self._measured_once = True
        self._precisions = (measured["version"], measured["precision"], measured["documents"])
        set_measured(measured["precision"], measured["documents"])

    def set_threshold(self, threshold: float) -> None:
        """The threshold of Accept suggestions of precise rules, kept in the user's settings;
        the menu names it."""
        from civannot.ui.i18n import settings

        settings().setValue(THRESHOLD_SETTING, threshold)
        action = getattr(self.window, "learning_actions", {}).get("accept")
        if action is not None:
            action.setText(accept_text(threshold))

    def choose_threshold(self) -> bool:
        """Edit → Precision threshold for accepting…: a percentage from 50 to 100."""
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getInt(
            self.window,
            _tr("Precision threshold for accepting"),
            _tr("Accept the suggestions of rules whose precision against gold is at least (%):"),
            round(100 * accept_threshold()),
            50,
            100,
        )
        if ok:
            self.set_threshold(value / 100)
        return bool(ok)

    def accept_precise(self, threshold: float | None = None) -> bool:
        """Accept the open document's suggestions of the rules measured at `threshold` or more,
        as one undo step. The first time (and after a new model) the rules are measured against
        gold on a worker first, the window usable meanwhile; the suggestions are accepted when
        that is done, if the document is still open. True when accepted or started."""
        ws = self.window.ws
        if ws.doc is None:
            return False
        if threshold is None:
            threshold = accept_threshold()
        if self.session.project.kind == "bundle":  # no gold here: the lead's, made with it
            from civannot.learn.rules_report import bundle_precisions

            carried = bundle_precisions(self.session.project)
            if carried is None and 0.0 <= threshold <= 1.0:
                self.window.show_message(
                    _tr(
                        "This bundle carries no measured precision of the rules (its project had "
                        "no gold when it was made, or it was made by an older civannot): nothing "
                        "accepted"
                    )
                )
                return False
            self._precisions = (0, (carried or {}).get("precision", {}), 1)
            set_measured(self._precisions[1], int((carried or {}).get("documents") or 0))
            return self._accept(ws.doc.id, threshold)
        if not 0.0 <= threshold <= 1.0 or (
            self._precisions is not None and self._precisions[0] == self._key()
        ):
            return self._accept(ws.doc.id, threshold)  # (a bad threshold: refused at once)
        self._waiting = (ws.doc.id, threshold)
        if self.measure.running:  # (a second press while measuring: the newest one counts)
            return True
        self._start_measure()
        self.window.show_message(
            _tr("Measuring the rules against gold; the suggestions are accepted when it is done")
        )
        return True

    def _measured(self, measured: dict) -> None:
        if self._measure_generation != self._generation:  # gold changed while it measured
            self._start_measure()
            return
        self._store(measured)
        waiting, self._waiting = self._waiting, None
        ws = self.window.ws
        if waiting is None or ws.doc is None or ws.doc.id != waiting[0]:
            return  # another document is open now: accept nothing it did not ask for
        self._accept(*waiting)

    def _accept(self, doc: int, threshold: float) -> bool:
        from civannot.session import SessionError
        from civannot.ui.workspace import session_text

        precision, documents = self._precisions[1:] if self._precisions else ({}, -1)
        if not documents:
            self.window.show_message(
                _tr(
                    "No annotated documents in gold to measure the rules' precision against: "
                    "nothing accepted (adjudicate gold first)"
                )
            )
            return False
        try:
            change = self.session.accept_by_precision(doc, precision, threshold)
        except SessionError as e:  # the core speaks English: the window's language here
            self.window.show_message(session_text(str(e)))
            return False
        self.window.show_message(
            _tr(
                "Accepted {n} suggestions of rules with precision ≥ {p:.0%} (one undo step)"
            ).format(n=len(change.spans_added), p=threshold)
        )
        return True

    def next_document(self, current: int | None) -> int | None:
        """The most uncertain document of the list not done yet (list order without scores)."""
        from civannot.learn.uncertainty import next_by_uncertainty, uncertainty_scores

        model = self.window.documents.model
        ids = [info.id for info in model.infos]
        done = {d for d, st in self.session.project.statuses(self.session.annotator).items()
                if st == "done"}  # fmt: skip
        return next_by_uncertainty(ids, current, uncertainty_scores(self.session.project), done)

    def set_by_uncertainty(self, on: bool) -> None:
        self.by_uncertainty = on
        self.window.next_document_hook = self.next_document if on else None
        if on:  # without scores (or with one score for all) the order is the list's: say so
            from civannot.learn.uncertainty import missing_step, uncertainty_scores

            scores = uncertainty_scores(self.session.project)
            if not scores:
                self.window.show_message(
                    _tr(
                        "No uncertainty scores yet: train a model (Tools → Train model…) and "
                        "pre-annotate; until then the list's order"
                    )
                    if missing_step(self.session.project) == "train"
                    else _tr(
                        "No uncertainty scores yet: pre-annotate with the trained model "
                        "(Tools → Pre-annotate…); until then the list's order"
                    )
                )
            elif len(set(scores.values())) == 1:
                self.window.show_message(
                    _tr("The model is equally sure of every document: the list's order")
                )
            else:
                self.window.show_message(_tr("Next document: the one the model is least sure of"))


def accept_text(threshold: float) -> str:
    return _tr("Accept suggestions of rules with precision ≥ {p:.0%}").format(p=threshold)


def install(window: Any) -> Learning:
    """Tools → Train model…, Rules and model…; Edit → Accept suggestions of precise rules,
    Next document by uncertainty (checkable)."""
    learning = Learning(window)
    window.learning = learning
    learning.watch()
    tools = window.menu("Tools")
    tools.addSeparator()
    train = QAction(_tr("Train model…"), window)
    train.triggered.connect(lambda _=False: learning.open_train())
    tools.addAction(train)
    rules = QAction(_tr("Rules and model…"), window)
    rules.triggered.connect(lambda _=False: learning.open_rules())
    tools.addAction(rules)
    edit = window.menu("Edit")
    edit.addSeparator()
    accept = QAction(accept_text(accept_threshold()), window)
    accept.setShortcut(QKeySequence("Ctrl+Shift+A"))
    accept.triggered.connect(lambda _=False: learning.accept_precise())
    edit.addAction(accept)
    threshold = QAction(_tr("Precision threshold for accepting…"), window)
    threshold.triggered.connect(lambda _=False: learning.choose_threshold())
    edit.addAction(threshold)
    order = QAction(_tr("Next document by uncertainty"), window)
    order.setCheckable(True)
    order.toggled.connect(learning.set_by_uncertainty)
    edit.addAction(order)
    window.learning_actions = {
        "train": train, "rules": rules, "accept": accept, "threshold": threshold, "order": order
    }  # fmt: skip
    if window.session.project.kind == "bundle":  # as Pre-annotate… (project_actions)
        why = _tr(
            "A bundle is an annotator's copy: the lead trains the model and switches rules in the "
            "project itself"
        )
        for action in (train, rules):
            action.setEnabled(False)
            action.setStatusTip(why)
            action.setToolTip(why)
    return learning
