// SPDX-License-Identifier: GPL-3.0-or-later
#include "instances/InstanceView.h"

#include "instances/FirstSolvedBars.h"
#include "instances/InstanceDetail.h"
#include "instances/InstanceTableModel.h"
#include "io/AtomicFile.h"

#include "io/DataLoader.h"
#include "io/LongCsv.h"
#include "io/ModelCatalog.h"
#include "io/WideCsv.h"
#include "platform/DataPaths.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ee::ui {

using namespace ee;

namespace {

/// The models of the bundled datasets, read once per process on a worker thread: per-example
/// files that name a model but not its size (MMLU-Pro) take it from here.
std::shared_ptr<const ModelCatalog> bundledCatalog() {
    static QMutex mutex;
    static std::shared_ptr<const ModelCatalog> catalog;
    const QMutexLocker lock(&mutex);
    if (!catalog)
        catalog = std::make_shared<const ModelCatalog>(
            catalogFromTable(DataLoader::load({datasetsDir()}).table));
    return catalog;
}

/// The user's model metadata table (as `--models` reads it); its problems, or why it could not
/// be read, go to `problems` (an empty catalogue then: sizes stay unknown and are reported).
std::shared_ptr<const ModelCatalog> readModelsTable(const QString& path, Diagnostics& problems) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problems.error(path, 0,
                       InstanceView::tr("cannot read the model metadata table: %1")
                           .arg(f.exists() ? f.errorString() : InstanceView::tr("file not found")));
        return std::make_shared<const ModelCatalog>();
    }
    return std::make_shared<const ModelCatalog>(WideCsv::readCatalog(f.readAll(), path, problems));
}

} // namespace

InstanceView::InstanceView(QWidget* parent)
    : QWidget(parent)
    , m_model(new InstanceTableModel(this)) {
    buildUi();
    connect(&m_readWatcher, &QFutureWatcherBase::finished, this, [this] {
        const quint64 generation = m_readWatcher.property("generation").toULongLong();
        if (generation != m_generation)
            return; // cancelled or superseded
        m_set = m_readWatcher.result();
        emit filesRead(m_set->diagnostics);
        m_updating = true;
        const QString previous = m_task->currentText();
        m_task->clear();
        m_task->addItems(tasks());
        if (const int i = m_task->findText(previous); i >= 0)
            m_task->setCurrentIndex(i);
        m_updating = false;
        if (m_task->count() == 0) {
            m_pending.reset();
            setBusy(false, tr("No per-example records could be read (see the issues panel)."));
            return;
        }
        chooseTaskAndMetric();
        rescore();
    });
    connect(&m_buildWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_buildWatcher.property("generation").toULongLong() != m_generation)
            return;
        showTable(m_buildWatcher.result());
    });
}

InstanceView::~InstanceView() {
    // Jobs hold only shared data; let them finish so no thread outlives the process's objects.
    // A read stops between files: quitting waits for at most the file being read.
    if (m_readCancel)
        m_readCancel->store(true);
    m_readWatcher.waitForFinished();
    m_buildWatcher.waitForFinished();
}

void InstanceView::setModelsTable(const QString& path) {
    m_modelsTable = path;
    if (!m_paths.isEmpty())
        startRead();
}

void InstanceView::openFiles(const QStringList& paths) {
    m_paths = paths;
    startRead();
}

void InstanceView::startRead() {
    const quint64 generation = ++m_generation;
    const QStringList paths = m_paths;
    ExampleReadOptions options;
    answerExtractionFromName(m_answers->currentData().toString(), options.answerExtraction);
    options.keepInputs = true;      // the detail pane shows them
    options.keepGenerations = true; // ... and the generation behind an extracted answer
    setBusy(true, tr("Reading %n file(s)…", nullptr, static_cast<int>(paths.size())));
    m_readWatcher.setProperty("generation", generation);
    const QString models = m_modelsTable;
    if (m_readCancel)
        m_readCancel->store(true); // its result would be dropped (older generation) anyway
    m_readCancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_readCancel;
    m_readWatcher.setFuture(QtConcurrent::run([paths, options, models, cancel]() mutable {
        options.cancel = cancel.get();
        Diagnostics tableProblems;
        const std::shared_ptr<const ModelCatalog> catalog =
            models.isEmpty() ? bundledCatalog() : readModelsTable(models, tableProblems);
        options.catalog = catalog.get();
        auto set = std::make_shared<ExampleSet>(readExampleFiles(paths, options));
        set->diagnostics.items = tableProblems.items + set->diagnostics.items;
        return std::shared_ptr<const ExampleSet>(std::move(set));
    }));
}

void InstanceView::rescore() {
    if (!m_set || m_task->currentText().isEmpty())
        return;
    const quint64 generation = ++m_generation;
    InstanceTableOptions o;
    o.task = m_task->currentText();
    o.metric = m_metric->currentText();
    o.secondMetric = m_secondMetric->currentData().toString();
    o.scoring.wholeText = m_compare->currentData().toBool();
    if (!m_extract->text().isEmpty())
        if (const QString e = addOutputRegex(o.scoring.postprocess, m_extract->text());
            !e.isEmpty()) {
            setBusy(false, tr("Answer regex: %1").arg(e));
            return;
        }
    setBusy(true, tr("Scoring %1 under %2…").arg(o.task, o.metric));
    const std::shared_ptr<const ExampleSet> set = m_set;
    m_buildWatcher.setProperty("generation", generation);
    m_buildWatcher.setFuture(QtConcurrent::run(
        [set, o] { return std::make_shared<const InstanceTable>(InstanceTable::build(*set, o)); }));
}

void InstanceView::cancel() {
    if (!isBusy())
        return;
    ++m_generation; // the running job's result will be dropped
    m_pending.reset();
    setBusy(false, tr("Cancelled; showing the previous result."));
}

bool InstanceView::isBusy() const {
    return m_busy;
}

void InstanceView::setBusy(bool busy, const QString& text) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_status->setText(text);
}

void InstanceView::showTable(std::shared_ptr<const InstanceTable> table) {
    m_table = std::move(table);
    m_pairOf = {-1, -1}; // a new table: the pair's numbers are recomputed
    QStringList problems;
    for (const Diagnostic& d : m_table->diagnostics().items)
        problems << d.toString();
    const InstanceTableOptions& o = m_table->options();
    const SolvedRule rule = o.solvedRule.value_or(SolvedRule::perfectFor(o.metric));
    QString text = tr("%1: %n instance(s) × %2 model(s); solved means %3.", nullptr,
                      static_cast<int>(m_table->rowCount()))
                       .arg(o.task)
                       .arg(m_table->modelCount())
                       .arg(rule.describe(o.metric));
    if (!problems.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%n problem(s): %1", nullptr, static_cast<int>(problems.size()))
                                   .arg(problems.first());
    m_baseStatus = text;
    setBusy(false, text);
    updatePairBoxes();
    finishPendingState();
    refilter();
    updateHistogram();
    emit tableShown();
}

void InstanceView::updatePairBoxes() {
    m_updating = true;
    const int n = static_cast<int>(m_table ? m_table->modelCount() : 0);
    for (QComboBox* box : {m_smaller, m_larger}) {
        box->clear();
        for (int c = 0; c < n; ++c)
            box->addItem(m_table->models()[c].label());
    }
    m_smaller->setCurrentIndex(0);
    m_larger->setCurrentIndex(n - 1);
    m_updating = false;
}

void InstanceView::refilter() {
    if (!m_table)
        return;
    const auto filter = static_cast<InstanceFilter>(m_filter->currentData().toInt());
    QList<qsizetype> rows =
        m_table->rows(filter, m_smaller->currentIndex(), m_larger->currentIndex());
    if (!m_search.isEmpty()) {
        const InstanceTable& t = *m_table;
        const auto matches = [&](qsizetype r) {
            if (t.id(r).contains(m_search, Qt::CaseInsensitive) ||
                t.subtask(r).contains(m_search, Qt::CaseInsensitive))
                return true;
            for (qsizetype c = 0; c < t.modelCount(); ++c)
                if (const Example* e = t.example(r, c)) {
                    if (e->output && e->output->contains(m_search, Qt::CaseInsensitive))
                        return true;
                    for (const QString& target : e->targets)
                        if (target.contains(m_search, Qt::CaseInsensitive))
                            return true;
                    if (e->input.contains(m_search, Qt::CaseInsensitive))
                        return true;
                }
            return false;
        };
        rows.removeIf([&](qsizetype r) { return !matches(r); });
    }
    if (m_sort->currentIndex() == 1)
        rows = m_table->sortedByFirstSolved(rows);
    m_model->setTable(m_table, rows);
    updatePairText();
    if (!m_busy)
        m_status->setText(m_baseStatus + QLatin1Char(' ') + m_pairText + QLatin1Char(' ') +
                          tr("Listed: %1 of %2.").arg(rows.size()).arg(m_table->rowCount()));
    m_view->resizeColumnToContents(InstanceTableModel::SubtaskColumn);
    m_view->resizeColumnToContents(InstanceTableModel::IdColumn);
    if (!rows.isEmpty())
        m_view->selectRow(0);
    else
        m_detail->setHtml(tr("<p>No instance matches.</p>"));
}

void InstanceView::updatePairText() {
    const std::pair<qsizetype, qsizetype> pair{m_smaller->currentIndex(), m_larger->currentIndex()};
    if (pair == m_pairOf)
        return;
    m_pairOf = pair;
    m_pairText.clear();
    if (pair.first < 0 || pair.second < 0 || pair.first == pair.second)
        return;
    // 1,000 resamples of ≤ 12,000 pairs: a few milliseconds, and only when the pair changes.
    const PairedComparison c = m_table->comparePair(pair.first, pair.second);
    const QString a = m_table->models()[pair.first].label();
    const QString b = m_table->models()[pair.second].label();
    if (c.n == 0) {
        m_pairText = tr("%1 and %2 share no instance.").arg(a, b);
        return;
    }
    m_pairText = tr("%1 vs %2 on %3 shared instance(s):").arg(a, b).arg(c.n);
    if (c.mcnemarP)
        m_pairText += QLatin1Char(' ') + tr("only %1 solves %2, only %3 solves %4; exact "
                                            "McNemar p = %5;")
                                             .arg(a)
                                             .arg(*c.onlyA)
                                             .arg(b)
                                             .arg(*c.onlyB)
                                             .arg(QString::number(*c.mcnemarP, 'g', 3));
    m_pairText += QLatin1Char(' ') + tr("mean difference %1").arg(QString::number(c.diff, 'g', 4));
    if (c.ciLow && c.ciHigh)
        m_pairText += QLatin1Char(' ') + tr("[%1, %2] (95 %, paired bootstrap, 1,000 resamples)")
                                             .arg(QString::number(*c.ciLow, 'g', 4),
                                                  QString::number(*c.ciHigh, 'g', 4));
    m_pairText += QLatin1Char('.');
}

void InstanceView::updateHistogram() {
    const InstanceTable& t = *m_table;
    QStringList names;
    QList<qsizetype> counts = t.firstSolvedHistogram();
    for (const InstanceModel& m : t.models())
        names << m.label();
    names << tr("no model");
    counts << t.neverSolvedCount();
    m_bars->setBars(names, counts);
    m_caption->setText(histogramCaption());
}

QString InstanceView::histogramCaption() const {
    if (!m_table || m_table->modelCount() == 0)
        return {};
    const InstanceTable& t = *m_table;
    bool scorable = false;
    for (qsizetype c = 0; c < t.modelCount() && !scorable; ++c)
        scorable = t.accuracy(c).has_value();
    if (!scorable)
        return tr("No output here can be scored by %1 (it needs data these files do not have, "
                  "e.g. option log-probabilities or a reference text), so no instance is solved "
                  "or unsolved under it.")
            .arg(t.options().metric);
    const QList<qsizetype> h = t.firstSolvedHistogram();
    const qsizetype peak = std::max_element(h.begin(), h.end()) - h.begin();
    QString text = tr("%1 of %2 instances are first solved by %3; %4 by no model.")
                       .arg(h[peak])
                       .arg(t.rowCount())
                       .arg(t.models()[peak].label())
                       .arg(t.neverSolvedCount());
    const qsizetype lost = t.lostAgainCount();
    if (lost == 0)
        text += QLatin1Char(' ') + tr("No instance solved by a smaller model is failed by a "
                                      "larger one, so each model's accuracy is the running "
                                      "total of these bars.");
    else
        text += QLatin1Char(' ') +
                tr("%1 instances solved by a smaller model are failed again by a larger one, so "
                   "a model's accuracy is less than the running total of these bars.")
                    .arg(lost);
    return text;
}

void InstanceView::showDetail() {
    const qsizetype row = m_model->tableRow(m_view->currentIndex().row());
    if (!m_table || row < 0)
        return;
    m_detail->setHtml(instanceDetailHtml(*m_table, row));
}

QString InstanceView::defaultMetricFor(const QString& task) const {
    if (!m_set)
        return QStringLiteral("exact_str_match");
    for (const ExampleGroup& g : m_set->groups()) {
        if (g.key.task != task || g.examples.isEmpty())
            continue;
        const Example& e = g.examples.first();
        if (e.isGenerative())
            return QStringLiteral("exact_str_match");
        if (e.isMultipleChoice())
            return QStringLiteral("multiple_choice_grade");
        return QStringLiteral("log_likelihood");
    }
    return QStringLiteral("exact_str_match");
}

void InstanceView::setTask(const QString& task) {
    m_task->setCurrentText(task);
}
void InstanceView::setMetric(const QString& metric) {
    m_metric->setCurrentText(metric);
}
void InstanceView::setSecondMetric(const QString& metric) {
    m_secondMetric->setCurrentIndex(std::max(0, m_secondMetric->findData(metric)));
}
void InstanceView::setFilter(InstanceFilter filter) {
    m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(filter)));
}
void InstanceView::setSortByFirstSolved(bool on) {
    m_sort->setCurrentIndex(on ? 1 : 0);
}
void InstanceView::setSearch(const QString& text) {
    m_searchTimer->stop();
    if (m_searchEdit->text() != text) {
        const QSignalBlocker block(m_searchEdit);
        m_searchEdit->setText(text);
    }
    m_search = text.trimmed();
    refilter();
}
void InstanceView::setCompareWholeText(bool on) {
    m_compare->setCurrentIndex(on ? 1 : 0); // rescores through the combo box's signal
}

void InstanceView::setExtraction(const QString& regex) {
    m_extract->setText(regex);
    rescore();
}
void InstanceView::selectRow(int row) {
    m_view->selectRow(row);
}

QStringList InstanceView::tasks() const {
    QStringList out;
    QSet<QString> seen;
    if (m_set)
        for (const ExampleGroup& g : m_set->groups())
            if (!seen.contains(g.key.task)) {
                seen.insert(g.key.task);
                out << g.key.task;
            }
    return out;
}

const InstanceTable* InstanceView::table() const {
    return m_table.get();
}
QString InstanceView::detailHtml() const {
    return m_detail->toHtml();
}
QString InstanceView::statusText() const {
    return m_status->text();
}

void InstanceView::copyRows() const {
    QList<int> selected;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        selected << i.row();
    std::sort(selected.begin(), selected.end());
    if (selected.size() < 2) // one row is always current: copy what the filter lists
        selected.clear();
    QApplication::clipboard()->setText(m_model->toDelimited(QLatin1Char('\t'), selected));
}

bool InstanceView::saveScores(const QString& path, QString& error) const {
    if (!m_table) {
        error = tr("Nothing is scored yet.");
        return false;
    }
    return writeFileAtomically(path, LongCsv::toBytes(m_table->aggregateScores()), &error);
}

} // namespace ee::ui
