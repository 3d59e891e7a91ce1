// SPDX-License-Identifier: GPL-3.0-or-later
// InstanceView's widgets and their connections (the view's behaviour is in InstanceView.cpp).
#include "instances/FirstSolvedBars.h"
#include "instances/InstanceTableModel.h"
#include "instances/InstanceView.h"
#include "widgets/ElidingComboBox.h"
#include "widgets/FlowLayout.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ee::ui {

using namespace ee;

namespace {

ElidingComboBox* comboBox(QWidget* parent, const QString& tip,
                          Qt::TextElideMode mode = Qt::ElideRight) {
    auto* box = new ElidingComboBox(parent, mode);
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}

} // namespace

void InstanceView::buildUi() {
    auto* layout = new QVBoxLayout(this);
    auto* controls = new FlowLayout(nullptr, 6);

    auto* open = new QPushButton(tr("Open outputs…"), this);
    open->setToolTip(tr("Open per-example model outputs (File → Open model outputs…)"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (QWidget* w = window())
            QMetaObject::invokeMethod(w, "openModelOutputsDialog");
    });
    auto* sizes = new QPushButton(tr("Model sizes…"), this);
    sizes->setToolTip(tr("A model metadata table (CSV: Model, Model Family, Model Size (B), …) "
                         "for outputs that name a model but not its size (File → Load model "
                         "metadata…); without one the bundled datasets' models are used"));
    connect(sizes, &QPushButton::clicked, this, [this] {
        if (QWidget* w = window())
            QMetaObject::invokeMethod(w, "loadModelMetadataDialog");
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
    m_compare = comboBox(this, tr("What the string metrics compare: each model's final answer "
                                  "with the target, or its whole worked solution with the "
                                  "reference solution (GSM8K; other files have no reference "
                                  "solution, so their examples are left out)"));
    m_compare->addItem(tr("final answers"), false);
    m_compare->addItem(tr("whole solutions"), true);
    m_extract = new QLineEdit(this);
    m_extract->setPlaceholderText(tr("answer regex (optional)"));
    // The placeholder is elided in a narrow box; the tooltip says it whole.
    m_extract->setToolTip(m_extract->placeholderText() + QLatin1Char('\n') +
                          tr("A regular expression applied to every output before string "
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
    // Model names differ at the end (Meta-Llama-3-8B, Meta-Llama-3-70B): elide the middle.
    m_smaller =
        comboBox(this, tr("The smaller model of the pair the filters compare"), Qt::ElideMiddle);
    m_larger =
        comboBox(this, tr("The larger model of the pair the filters compare"), Qt::ElideMiddle);
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
    m_searchEdit->setToolTip(m_searchEdit->placeholderText());
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
    auto* plot = new QPushButton(tr("Plot scores"), this);
    plot->setToolTip(tr("Add the scores computed here (per model and subtask, the scorer's "
                        "definition as their source) to the data, and show their scaling "
                        "curve in the Scaling tab, ready for export"));
    connect(plot, &QPushButton::clicked, this, [this] {
        if (m_table)
            emit plotScoresRequested();
    });
    auto* copy = new QPushButton(tr("Copy rows"), this);
    copy->setToolTip(tr("Copy the selected rows (when two or more are selected) or every listed "
                        "row, as tab-separated text"));

    // A flow: the controls wrap into more rows on a small screen or in presentation type,
    // instead of making the window wider than the screen.
    controls->addWidget(open);
    controls->addWidget(sizes);
    controls->addWidget(m_task);
    controls->addWidget(m_metric);
    controls->addWidget(m_answers);
    controls->addWidget(m_compare);
    controls->addWidget(m_extract);
    controls->addWidget(m_secondMetric);
    controls->addWidget(plot);
    controls->addWidget(save);
    controls->addWidget(m_filter);
    controls->addWidget(new QLabel(tr("compare"), this));
    controls->addWidget(m_smaller);
    controls->addWidget(new QLabel(tr("with"), this));
    controls->addWidget(m_larger);
    controls->addWidget(m_sort);
    controls->addWidget(m_searchEdit);
    controls->addWidget(copy);
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
    m_view->verticalHeader()->hide();
    fitRowsToFont();
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
    connect(m_compare, &QComboBox::currentIndexChanged, this, rescoreOnChange);
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

void InstanceView::fitRowsToFont() {
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->verticalHeader()->setMinimumSectionSize(fm.height() + 6);
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + 6);
    m_view->horizontalHeader()->setDefaultSectionSize(fm.averageCharWidth() * 26);
}

void InstanceView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange && m_view)
        fitRowsToFont();
    QWidget::changeEvent(event);
}

} // namespace ee::ui
