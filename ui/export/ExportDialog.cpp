// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportDialog.h"

#include "i18n/Language.h"
#include "io/AtomicFile.h"
#include "render/FigureScene.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace ee::ui {

namespace {

constexpr int kPreviewWidthPx = 640;

QString safeName(QString s) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    return s.replace(unsafe, QStringLiteral("_"));
}

} // namespace

ExportDialog::ExportDialog(const FigureSpec& spec, const ScoreTable& table, QWidget* parent)
    : QDialog(parent)
    , m_base(spec)
    , m_table(&table) {
    setUpWidgets(spec);
}

ExportDialog::ExportDialog(const FigureSpec& spec, render::FigureCurves curves, QWidget* parent)
    : QDialog(parent)
    , m_base(spec)
    , m_curves(std::move(curves)) {
    setUpWidgets(spec);
}

std::optional<FigureSpec::Preset> ExportDialog::presetForSize(const PageSize& size) {
    for (FigureSpec::Preset p : {FigureSpec::Preset::SingleColumn, FigureSpec::Preset::DoubleColumn,
                                 FigureSpec::Preset::Slide, FigureSpec::Preset::Poster}) {
        const PageSize page = FigureSpec::preset(p).size;
        if (std::abs(page.widthIn() - size.widthIn()) < 1e-3 &&
            std::abs(page.heightIn() - size.heightIn()) < 1e-3)
            return p;
    }
    return std::nullopt;
}

std::optional<FigureSpec::Preset> ExportDialog::shownPreset() const {
    const int p = m_preset->currentData().toInt();
    return p < 0 ? std::nullopt : std::optional(FigureSpec::Preset(p));
}

void ExportDialog::showMatchingPreset() {
    PageSize size;
    size.width = m_width->value();
    size.height = m_height->value();
    size.unit = LengthUnit(m_unit->currentData().toInt());
    const auto preset = presetForSize(size);
    const QSignalBlocker block(m_preset); // showing a preset must not re-apply its type sizes
    m_preset->setCurrentIndex(preset ? m_preset->findData(int(*preset)) : m_preset->count() - 1);
}

std::pair<FigureSpec, std::optional<render::FigureCurves>>
ExportDialog::relabelled(FigureSpec spec) const {
    std::optional<render::FigureCurves> curves = m_curves;
    if (m_relabel && curves)
        m_relabel(spec, *curves);
    return {std::move(spec), std::move(curves)};
}

std::unique_ptr<render::FigureRenderer> ExportDialog::renderer(const FigureSpec& spec) const {
    const auto [s, curves] = relabelled(spec);
    if (curves)
        return std::make_unique<render::FigureRenderer>(s, *curves);
    return std::make_unique<render::FigureRenderer>(s, *m_table);
}

render::ExportResult ExportDialog::exportFigure(const FigureSpec& spec,
                                                const render::FigureCurves* curves,
                                                const QString& path,
                                                render::ExportFormat format) const {
    // The figure's own texts (axis titles, chance labels, notes) are translated while it is
    // laid out, so a Chinese interface can write an English paper figure and back.
    const ScopedLanguage language(figureLanguage());
    if (curves)
        return render::FigureRenderer::exportFigure(spec, *curves, path, format);
    return render::FigureRenderer::exportFigure(spec, *m_table, path, format);
}

void ExportDialog::setUpWidgets(const FigureSpec& spec) {
    setWindowTitle(tr("Export figure"));

    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Single column (3.25 in)"), int(FigureSpec::Preset::SingleColumn));
    m_preset->addItem(tr("Double column (6.75 in)"), int(FigureSpec::Preset::DoubleColumn));
    m_preset->addItem(tr("Slide 16:9"), int(FigureSpec::Preset::Slide));
    m_preset->addItem(tr("Poster"), int(FigureSpec::Preset::Poster));
    m_preset->addItem(tr("Custom"), -1);

    m_width = new QDoubleSpinBox(this);
    m_height = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* box : {m_width, m_height}) {
        box->setDecimals(3); // the 16:9 slide is 5.625 in tall: two decimals made it 5.63
        box->setRange(0.01, 2000);
    }
    m_unit = new QComboBox(this);
    m_unit->addItem(QStringLiteral("mm"), int(LengthUnit::Millimetres));
    m_unit->addItem(QStringLiteral("in"), int(LengthUnit::Inches));
    m_width->setValue(spec.size.width);
    m_height->setValue(spec.size.height);
    m_unit->setCurrentIndex(spec.size.unit == LengthUnit::Inches ? 1 : 0);

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(figureLimits::minDpi, figureLimits::maxDpi);
    m_dpi->setValue(std::clamp(spec.dpi, figureLimits::minDpi, figureLimits::maxDpi));
    m_dpi->setSuffix(tr(" dpi (PNG)"));

    m_format = new QComboBox(this);
    m_format->addItem(QStringLiteral("PDF"), int(render::ExportFormat::Pdf));
    m_format->addItem(QStringLiteral("SVG"), int(render::ExportFormat::Svg));
    m_format->addItem(QStringLiteral("PNG"), int(render::ExportFormat::Png));

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Paper (white)"), int(Background::White));
    m_theme->addItem(tr("Transparent"), int(Background::Transparent));
    m_theme->addItem(tr("Dark"), int(Background::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(spec.style.background)));

    m_legend = new QComboBox(this);
    // The spec's names (what `export --legend` and the JSON say), shown translated.
    static const char* const legendNames[] = {
        QT_TRANSLATE_NOOP("LegendPlacement", "bottom"),
        QT_TRANSLATE_NOOP("LegendPlacement", "top"),
        QT_TRANSLATE_NOOP("LegendPlacement", "right"),
        QT_TRANSLATE_NOOP("LegendPlacement", "inside"),
        QT_TRANSLATE_NOOP("LegendPlacement", "none"),
    };
    Q_UNUSED(legendNames); // listed for lupdate; looked up by the spec's name below
    for (LegendPlacement l : {LegendPlacement::Bottom, LegendPlacement::Top, LegendPlacement::Right,
                              LegendPlacement::Inside, LegendPlacement::None})
        m_legend->addItem(QCoreApplication::translate("LegendPlacement",
                                                      legendPlacementName(l).toUtf8().constData()),
                          int(l));
    m_legend->setCurrentIndex(m_legend->findData(int(spec.legend)));

    m_title = new QLineEdit(spec.title, this);
    m_title->setPlaceholderText(tr("(no figure title)"));

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);

    auto* form = new QFormLayout;
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Size"), sizeRow);
    form->addRow(tr("Resolution"), m_dpi);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Background"), m_theme);
    form->addRow(tr("Legend"), m_legend);
    form->addRow(tr("Title"), m_title);
    m_language = new QComboBox(this);
    for (const QString& code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(currentLanguage())));
    m_language->setToolTip(tr("The language of the figure's axis titles, labels and notes "
                              "(independent of the interface's)"));
    form->addRow(tr("Figure language"), m_language);

    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setMinimumSize(kPreviewWidthPx, 300);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setStyleSheet(QStringLiteral("background: #808080;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    auto* allButton = buttons->addButton(tr("Export all panels…"), QDialogButtonBox::ActionRole);
    auto* specButton = buttons->addButton(tr("Save figure spec…"), QDialogButtonBox::ActionRole);
    exportButton->setDefault(true);
    allButton->setEnabled(spec.panels.size() > 1);
    if (m_curves) {
        specButton->setEnabled(false);
        specButton->setToolTip(tr("This view computes its curves; a figure spec can only name "
                                  "curves of the data (export the Scaling tab for one)."));
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportClicked);
    connect(allButton, &QPushButton::clicked, this, &ExportDialog::exportAllClicked);
    connect(specButton, &QPushButton::clicked, this, &ExportDialog::saveSpecClicked);

    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_info);
    side->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(side);
    top->addWidget(m_previewLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ExportDialog::updatePreview);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChosen);
    for (QDoubleSpinBox* box : {m_width, m_height})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::settingsChanged);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::settingsChanged);
    for (QComboBox* box : {m_unit, m_format, m_theme, m_legend, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::settingsChanged);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::settingsChanged);
    showMatchingPreset();
    updatePreview();
}

FigureSpec ExportDialog::spec() const {
    FigureSpec s = m_base;
    s.size.width = m_width->value();
    s.size.height = m_height->value();
    s.size.unit = LengthUnit(m_unit->currentData().toInt());
    s.dpi = m_dpi->value();
    s.style.background = Background(m_theme->currentData().toInt());
    s.legend = LegendPlacement(m_legend->currentData().toInt());
    s.title = m_title->text();
    return s;
}

render::ExportFormat ExportDialog::format() const {
    return render::ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::figureLanguage() const {
    return m_language->currentData().toString();
}

void ExportDialog::setFigureLanguage(const QString& code) {
    if (const int i = m_language->findData(code); i >= 0)
        m_language->setCurrentIndex(i);
}

void ExportDialog::setRelabel(FigureRelabel relabel) {
    m_relabel = std::move(relabel);
    updatePreview();
}

void ExportDialog::presetChosen(int index) {
    const int preset = m_preset->itemData(index).toInt();
    if (preset < 0)
        return;
    const FigureSpec p = FigureSpec::preset(FigureSpec::Preset(preset));
    m_updating = true;
    // A preset sets the page and type sizes; the panels, palette and background stay.
    const Background background = m_base.style.background;
    const QStringList palette = m_base.style.palette;
    m_base.style = p.style;
    m_base.style.background = background;
    m_base.style.palette = palette;
    m_unit->setCurrentIndex(p.size.unit == LengthUnit::Inches ? 1 : 0);
    m_width->setValue(p.size.width);
    m_height->setValue(p.size.height);
    m_dpi->setValue(p.dpi);
    m_updating = false;
    settingsChanged();
}

void ExportDialog::settingsChanged() {
    if (m_updating)
        return;
    if (sender() == m_width || sender() == m_height || sender() == m_unit)
        showMatchingPreset(); // edited by hand: Custom, unless it is a preset's size
    m_debounce->start();
}

void ExportDialog::updatePreview() {
    const FigureSpec s = spec();
    const QStringList problems = s.validate();
    QStringList info;
    if (!problems.isEmpty()) {
        m_info->setText(problems.join(QLatin1Char('\n')));
        m_previewLabel->setPixmap({});
        m_preview = {};
        return;
    }
    const ScopedLanguage language(figureLanguage());
    const std::unique_ptr<render::FigureRenderer> page = renderer(s);
    const int previewDpi =
        std::max(10, static_cast<int>(std::floor(kPreviewWidthPx / s.size.widthIn())));
    m_preview = page->toImage(previewDpi);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
    const QSize px = render::FigureRenderer::pixelSize(s.size, s.dpi);
    info << tr("%1 × %2 mm; PNG %3 × %4 px")
                .arg(s.size.widthMm(), 0, 'f', 1)
                .arg(s.size.heightMm(), 0, 'f', 1)
                .arg(px.width())
                .arg(px.height());
    info << page->scene().notes();
    m_info->setText(info.join(QLatin1Char('\n')));
}

render::ExportResult ExportDialog::exportTo(const QString& path) const {
    const auto suffixFormat = render::exportFormatFromPath(path);
    const ScopedLanguage language(figureLanguage());
    const auto [s, curves] = relabelled(spec());
    return exportFigure(s, curves ? &*curves : nullptr, path, suffixFormat.value_or(format()));
}

QList<render::ExportResult> ExportDialog::exportAllPanels(const QString& folder,
                                                          QStringList* written) const {
    QList<render::ExportResult> results;
    // The whole figure is relabelled before it is cut into panels (the view knows its panels
    // by their place in the whole).
    const ScopedLanguage language(figureLanguage());
    const auto [whole, all] = relabelled(spec());
    const QString ext = render::exportFormatName(format());
    for (qsizetype i = 0; i < whole.panels.size(); ++i) {
        FigureSpec one = whole;
        one.panels = {whole.panels[i]};
        one.rows = one.cols = 1;
        std::optional<render::FigureCurves> curves;
        if (all)
            curves = render::FigureCurves{{all->panels.value(i)}, all->families, all->styles};
        const PanelQuery& q = whole.panels[i].query;
        QString name = QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(q.task);
        if (q.subtask && !q.subtask->isEmpty())
            name += QLatin1Char('-') + *q.subtask;
        if (!q.metric.isEmpty())
            name += QLatin1Char('-') + q.metric;
        const QString path = QDir(folder).filePath(safeName(name) + QLatin1Char('.') + ext);
        results.append(exportFigure(one, curves ? &*curves : nullptr, path, format()));
        if (written && results.last().ok)
            *written << path;
    }
    return results;
}

bool ExportDialog::saveSpec(const QString& path, QString* error) const {
    return writeFileAtomically(path, QJsonDocument(spec().toJson()).toJson(QJsonDocument::Indented),
                               error);
}

void ExportDialog::exportClicked() {
    const QString ext = render::exportFormatName(format());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export figure"), QStringLiteral("figure.") + ext,
                                     tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty())
        return;
    const render::ExportResult r = exportTo(path);
    if (!r.ok)
        QMessageBox::warning(this, tr("Export failed"), r.error);
    else
        accept();
}

void ExportDialog::exportAllClicked() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export all panels to"));
    if (folder.isEmpty())
        return;
    QStringList written, errors;
    for (const render::ExportResult& r : exportAllPanels(folder, &written))
        if (!r.ok)
            errors << r.error;
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), errors.join(QLatin1Char('\n')));
    else
        m_info->setText(tr("Wrote %n file(s) to %1", nullptr, int(written.size())).arg(folder));
}

void ExportDialog::saveSpecClicked() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save figure spec"), QStringLiteral("figure.json"), tr("Figure specs (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveSpec(path, &error))
        QMessageBox::warning(this, tr("Save failed"), error);
}

} // namespace ee::ui
