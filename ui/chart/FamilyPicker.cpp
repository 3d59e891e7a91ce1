// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/FamilyPicker.h"

#include "chart/LegendStrip.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace ee::ui {

namespace {

/// The family's legend sample, so the list says which curve is which.
QIcon sampleIcon(const SeriesStyle& style) {
    const int w = LegendStrip::sampleWidth(), h = 12;
    QPixmap pixmap(w, h);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(0, h / 2.0);
    LegendStrip::paintSample(p, style, QColor(style.colour), false);
    return QIcon(pixmap);
}

} // namespace

FamilyPicker::FamilyPicker(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_top(new QPushButton(this))
    , m_all(new QPushButton(tr("Show all"), this)) {
    m_search->setPlaceholderText(tr("Search families"));
    m_search->setClearButtonEnabled(true);
    m_list->setMinimumWidth(360); // long family names and their counts, unclipped
    m_list->setIconSize(QSize(LegendStrip::sampleWidth(), 12));
    m_top->setToolTip(tr("Only the families with most scores on this chart"));
    m_all->setToolTip(tr("Every family of this chart"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_top);
    buttons->addWidget(m_all);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &FamilyPicker::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_updating)
            return;
        FamilyFilter f = m_filter;
        f.setFamilyVisible(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        changeFilter(f);
    });
    connect(m_top, &QPushButton::clicked, this, [this] {
        FamilyFilter f = m_filter;
        f.resetToTop();
        changeFilter(f);
    });
    connect(m_all, &QPushButton::clicked, this, [this] {
        FamilyFilter f = m_filter;
        f.showEverything();
        changeFilter(f);
    });
}

void FamilyPicker::setFamilies(const QHash<QString, qsizetype>& scores, const FamilyFilter& filter,
                               const FamilyStyles& styles) {
    m_scores = scores;
    m_styles = styles;
    m_filter = filter;
    m_updating = true;
    const QStringList visible = filter.visible(scores);
    m_list->clear();
    for (const QString& f : FamilyFilter::byScores(scores)) {
        const qsizetype n = scores.value(f);
        auto* item = new QListWidgetItem(tr("%1 (%2 %3)")
                                             .arg(f.isEmpty() ? tr("(no family)") : f)
                                             .arg(n)
                                             .arg(n == 1 ? tr("score") : tr("scores")),
                                         m_list);
        item->setData(Qt::UserRole, f);
        item->setIcon(sampleIcon(styles.of(f)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(visible.contains(f) ? Qt::Checked : Qt::Unchecked);
    }
    m_top->setText(tr("Top %1").arg(filter.topN));
    applySearch();
    m_updating = false;
}

void FamilyPicker::applySearch() {
    const QString text = m_search->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setHidden(!text.isEmpty() &&
                        !item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive));
    }
}

void FamilyPicker::changeFilter(const FamilyFilter& filter) {
    if (filter == m_filter)
        return;
    setFamilies(m_scores, filter, m_styles);
    emit filterChanged(filter);
}

} // namespace ee::ui
