// SPDX-License-Identifier: GPL-3.0-or-later
#include "instances/InstanceView.h"

#include "instances/FirstSolvedBars.h"
#include "instances/InstanceDetail.h"
#include "instances/InstanceTableModel.h"

#include "io/DataLoader.h"
#include "io/LongCsv.h"
#include "io/ModelCatalog.h"
#include "metrics/ParallelFor.h"
#include "platform/DataPaths.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
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
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ee::ui {

using namespace ee::metrics;

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

QComboBox* comboBox(QWidget* parent, const QString& tip) {
    auto* box = new QComboBox(parent);
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
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
            setBusy(false, tr("No per-example records could be read (see the issues panel)."));
            return;
        }
        m_updating = true;
        m_metric->setCurrentText(defaultMetricFor(m_task->currentText()));
        m_updating = false;
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
    m_readWatcher.waitForFinished();
    m_buildWatcher.waitForFinished();
}

void InstanceView::buildUi() {
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QGridLayout;
    controls->setContentsMargins(0, 0, 0, 0);

    auto* open = new QPushButton(tr("Open outputs…"), this);
    open->setToolTip(tr("Open per-example model outputs (File → Open model outputs…)"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (QWidget* w = window())
            QMetaObject::invokeMethod(w, "openModelOutputsDialog");
    });
    m_task = comboBox(this, tr("Task"));
    m_metric = comboBox(this, tr("The metric that decides right or wrong, scored per example"));
    m_metric->addItems(knownMetricNames());
    m_answers = comboBox(this, tr("Which answer a model chose, for files that extract it from "
                                  "generated text (MMLU-Pro): the file's own, or re-extracted "
                                  "strictly (\"answer is (X)\") or leniently (also \"Answer: X\" "
                                  "and a last \"(X)\")"));
    m_answers->addItem(tr("answers as in the file"), QStringLiteral("file"));
    m_answers->addItem(tr("strict extraction"), QStringLiteral("strict"));
    m_answers->addItem(tr("lenient extraction"), QStringLiteral("lenient"));
    m_extract = new QLineEdit(this);
    m_extract->setPlaceholderText(tr("answer regex (optional)"));
    m_extract->setToolTip(tr("A regular expression applied to every output before string "
                             "matching: the first match (or its one group) is the answer"));
    m_filter = comboBox(this, tr("Which instances to list"));
    const QList<std::pair<InstanceFilter, QString>> filters = {
        {InstanceFilter::All, tr("all instances")},
        {InstanceFilter::SolvedByAll, tr("solved by every model")},
        {InstanceFilter::SolvedByNone, tr("solved by none")},
        {InstanceFilter::Gained, tr("solved by the larger, not the smaller")},
        {InstanceFilter::Lost, tr("solved by the smaller, not the larger")},
        {InstanceFilter::Disagree, tr("metrics disagree")},
    };
    for (const auto& [f, label] : filters)
        m_filter->addItem(label, static_cast<int>(f));
    m_smaller = comboBox(this, tr("The smaller model of the pair the filters compare"));
    m_larger = comboBox(this, tr("The larger model of the pair the filters compare"));
    m_secondMetric = comboBox(this, tr("A second metric: its value is shown beside the first, "
                                       "and \"metrics disagree\" lists instances wrong under "
                                       "the first but near-perfect under this one"));
    m_secondMetric->addItem(tr("no second metric"), QString());
    for (const QString& m : knownMetricNames())
        m_secondMetric->addItem(m, m);
    m_sort = comboBox(this, tr("Row order"));
    m_sort->addItem(tr("file order"));
    m_sort->addItem(tr("by first solving model"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setPlaceholderText(tr("search ids, targets, outputs"));
    m_searchEdit->setClearButtonEnabled(true);
    auto* save = new QPushButton(tr("Save scores…"), this);
    save->setToolTip(tr("Save the scores computed here (per model and subtask) as long CSV, to "
                        "open beside other results or plot in figures"));
    connect(save, &QPushButton::clicked, this, [this] {
        if (!m_table)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save scores"), m_table->options().task + QStringLiteral("_scores.csv"),
            tr("Long CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveScores(path, error))
            QMessageBox::warning(this, tr("Save scores"), error);
    });
    auto* copy = new QPushButton(tr("Copy rows"), this);
    copy->setToolTip(tr("Copy the selected rows (when two or more are selected) or every listed "
                        "row, as tab-separated text"));

    controls->addWidget(open, 0, 0);
    controls->addWidget(m_task, 0, 1);
    controls->addWidget(m_metric, 0, 2);
    controls->addWidget(m_answers, 0, 3);
    controls->addWidget(m_extract, 0, 4);
    controls->addWidget(m_secondMetric, 0, 5);
    controls->addWidget(m_filter, 1, 0, 1, 2);
    auto* pair = new QHBoxLayout;
    pair->addWidget(new QLabel(tr("compare"), this));
    pair->addWidget(m_smaller, 1);
    pair->addWidget(new QLabel(tr("with"), this));
    pair->addWidget(m_larger, 1);
    controls->addLayout(pair, 1, 2, 1, 2);
    controls->addWidget(m_sort, 1, 4);
    controls->addWidget(m_searchEdit, 1, 5);
    controls->addWidget(copy, 1, 6);
    controls->addWidget(save, 0, 6);
    layout->addLayout(controls);

    auto* status = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: neither reading nor scoring reports a fraction
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    status->addWidget(m_status, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    layout->addLayout(status);

    m_empty = new QLabel(
        tr("Open per-example model outputs to see every instance across models ordered by "
           "scale: File → Open model outputs…, or the button above. Readable: our JSONL, "
           "lm-evaluation-harness samples and write-out files, BIG-bench logs, BIG-Bench Hard "
           "and GSM8K outputs, MMLU-Pro outputs (also zipped)."),
        this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(170);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_detail = new QTextBrowser(this);
    m_detail->setOpenLinks(false);
    auto* barsTitle = new QLabel(tr("<b>Where each instance is first solved</b>"), this);
    m_bars = new FirstSolvedBars(this);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    auto* histogram = new QWidget(this);
    auto* histogramLayout = new QVBoxLayout(histogram);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    histogramLayout->addWidget(barsTitle);
    histogramLayout->addWidget(m_bars, 1);
    histogramLayout->addWidget(m_caption);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_detail);
    bottom->addWidget(histogram);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    split->hide();

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // wait for the user to stop typing
    connect(m_searchTimer, &QTimer::timeout, this, [this] { setSearch(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this,
            [this] { setSearch(m_searchEdit->text()); });
    connect(m_cancel, &QPushButton::clicked, this, &InstanceView::cancel);
    connect(copy, &QPushButton::clicked, this, &InstanceView::copyRows);
    const auto rescoreOnChange = [this] {
        if (!m_updating)
            rescore();
    };
    connect(m_task, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_updating = true;
        m_metric->setCurrentText(defaultMetricFor(m_task->currentText()));
        m_updating = false;
        rescore();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, rescoreOnChange);
    connect(m_secondMetric, &QComboBox::currentIndexChanged, this, rescoreOnChange);
    connect(m_extract, &QLineEdit::editingFinished, this, rescoreOnChange);
    connect(m_answers, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && !m_paths.isEmpty())
            startRead(); // the answer rule applies while reading
    });
    for (QComboBox* box : {m_filter, m_smaller, m_larger, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refilter();
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InstanceView::showDetail);
    connect(this, &InstanceView::tableShown, this, [this, split] {
        m_empty->hide();
        split->show();
    });
}

void InstanceView::openFiles(const QStringList& paths) {
    m_paths = paths;
    startRead();
}

void InstanceView::startRead() {
    const quint64 generation = ++m_generation;
    const QStringList paths = m_paths;
    ExampleReadOptions options;
    const QString rule = m_answers->currentData().toString();
    if (rule == QLatin1String("strict"))
        options.answerExtraction = MmluProExtraction::Strict;
    else if (rule == QLatin1String("lenient"))
        options.answerExtraction = MmluProExtraction::Lenient;
    options.keepInputs = true;      // the detail pane shows them
    options.keepGenerations = true; // ... and the generation behind an extracted answer
    setBusy(true, tr("Reading %n file(s)…", nullptr, static_cast<int>(paths.size())));
    m_readWatcher.setProperty("generation", generation);
    m_readWatcher.setFuture(QtConcurrent::run([paths, options]() mutable {
        const std::shared_ptr<const ModelCatalog> catalog = bundledCatalog();
        options.catalog = catalog.get();
        // One file per core (five MMLU-Pro zips read in about half the time on two cores),
        // appended in the order given so the result does not depend on timing.
        std::vector<ExampleSet> parts(static_cast<std::size_t>(paths.size()));
        parallelFor(parts.size(), 0, [&](std::size_t i) {
            parts[i] = readExamples(paths[static_cast<qsizetype>(i)], options);
        });
        auto set = std::make_shared<ExampleSet>();
        for (const ExampleSet& part : parts)
            set->append(part);
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
    if (!m_extract->text().isEmpty()) {
        PostProcess pp;
        pp.outputRegex = m_extract->text();
        const PostProcessed check = postprocessOutput(QString(), pp);
        if (!check.error.isEmpty()) {
            setBusy(false, tr("Answer regex: %1").arg(check.error));
            return;
        }
        o.scoring.postprocess = pp;
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
    if (!m_busy)
        m_status->setText(m_baseStatus + QLatin1Char(' ') +
                          tr("Listed: %1 of %2.").arg(rows.size()).arg(m_table->rowCount()));
    m_view->resizeColumnToContents(InstanceTableModel::SubtaskColumn);
    m_view->resizeColumnToContents(InstanceTableModel::IdColumn);
    if (!rows.isEmpty())
        m_view->selectRow(0);
    else
        m_detail->setHtml(tr("<p>No instance matches.</p>"));
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(LongCsv::toBytes(m_table->aggregateScores())) < 0 || !file.commit()) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ee::ui
