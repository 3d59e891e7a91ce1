// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/FigureRenderer.h"

#include "io/AtomicFile.h"
#include "render/ChartBuilder.h"
#include "render/FigureScene.h"
#include "render/PdfPageBox.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <cmath>

namespace ee::render {

namespace {

QString lengthText(double v, LengthUnit unit) {
    return QString::number(v, 'g', 10) +
           (unit == LengthUnit::Inches ? QStringLiteral("in") : QStringLiteral("mm"));
}

} // namespace

std::optional<ExportFormat> exportFormatFromPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format) {
    switch (format) {
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Png:
        return QStringLiteral("png");
    }
    return {};
}

FigureRenderer::FigureRenderer(const FigureSpec& spec, const ScoreTable& table)
    : m_spec(spec)
    , m_scene(std::make_unique<FigureScene>(spec, table)) {}

FigureRenderer::FigureRenderer(const FigureSpec& spec, const FigureCurves& curves)
    : m_spec(spec)
    , m_scene(std::make_unique<FigureScene>(spec, curves)) {}

FigureRenderer::~FigureRenderer() = default;

QString FigureRenderer::description() const {
    QStringList panels;
    for (const PanelSpec& p : m_spec.panels)
        panels << p.effectiveTitle() + QStringLiteral(" (") + p.query.metric + QLatin1Char(')');
    return QStringLiteral("Emergence Explorer figure, %1, panels: %2")
        .arg(m_spec.size.toString(), panels.join(QLatin1String("; ")));
}

QSize FigureRenderer::pixelSize(const PageSize& size, int dpi) {
    return QSize(static_cast<int>(std::lround(size.widthIn() * dpi)),
                 static_cast<int>(std::lround(size.heightIn() * dpi)));
}

QByteArray FigureRenderer::toSvg() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QRectF page = m_scene->pageRect();
    // The generator's resolution must be the DPI fonts are resolved at: it writes font sizes
    // as pointSize × resolution / 72 user units, and our scene's units are points.
    const int res = static_cast<int>(ChartBuilder::fontDpi());
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setResolution(res);
    gen.setSize(QSize(static_cast<int>(std::lround(page.width() * res / 72.0)),
                      static_cast<int>(std::lround(page.height() * res / 72.0))));
    gen.setViewBox(page);
    gen.setTitle(m_spec.title.isEmpty() ? QStringLiteral("Emergence Explorer figure")
                                        : m_spec.title);
    gen.setDescription(description());
    {
        QPainter painter(&gen);
        painter.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&painter, page);
    }
    QByteArray svg = buffer.data();
    // QSvgGenerator only takes an integer size, so its width/height are rounded; write the
    // exact physical size the user asked for instead (the viewBox already has the exact ratio).
    static const QRegularExpression header(QStringLiteral("width=\"[^\"]*\" height=\"[^\"]*\""));
    QString text = QString::fromUtf8(svg);
    const auto m = header.match(text);
    if (m.hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(),
                     QStringLiteral("width=\"%1\" height=\"%2\"")
                         .arg(lengthText(m_spec.size.width, m_spec.size.unit),
                              lengthText(m_spec.size.height, m_spec.size.unit)));
    // QSvgGenerator opens a <g> for every state change, most of them left empty (over 90 % of
    // the file for a 2x4 grid); empty groups draw nothing, so drop them.
    static const QRegularExpression emptyGroup(QStringLiteral("<g [^>]*>\\s*</g>\\s*"));
    text.remove(emptyGroup);
    // QSvgGenerator names only a font's first family; the figure's texts fall back to the CJK
    // font (ChartBuilder::font), so the file says so too, for viewers that would otherwise
    // pick any font for Chinese glyphs.
    const QString family = QStringLiteral("font-family=\"%1\"").arg(m_spec.style.fontFamily);
    text.replace(family, QStringLiteral("font-family=\"%1, '%2'\"")
                             .arg(m_spec.style.fontFamily, QString::fromLatin1(kCjkFontFamily)));
    return text.toUtf8();
}

bool FigureRenderer::writeSvg(QIODevice* device) {
    const QByteArray svg = toSvg();
    return device->write(svg) == svg.size();
}

bool FigureRenderer::writePdf(QIODevice* device) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(m_spec.title.isEmpty() ? QStringLiteral("Emergence Explorer figure")
                                               : m_spec.title);
        writer.setCreator(QStringLiteral("Emergence Explorer"));
        writer.setResolution(1200);
        const QPageSize pageSize(QSizeF(m_spec.size.widthMm(), m_spec.size.heightMm()),
                                 QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
        if (!writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait,
                                              QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter)))
            return false;
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        painter.setRenderHint(QPainter::Antialiasing);
        // Paint in points. Qt's page is whole points tall and its y axis starts at the top of
        // that page; shift so the exact page (see setExactMediaBox) starts there instead.
        const double scale = writer.resolution() / 72.0;
        const double qtHeight = writer.pageLayout().fullRectPoints().height();
        painter.scale(scale, scale);
        painter.translate(0, qtHeight - m_spec.size.heightPt());
        m_scene->render(&painter, m_scene->pageRect());
        if (!painter.end())
            return false;
    }
    QByteArray pdf = buffer.data();
    if (!setExactMediaBox(pdf, QSizeF(m_spec.size.widthPt(), m_spec.size.heightPt())))
        return false;
    return device->write(pdf) == pdf.size();
}

QImage FigureRenderer::toImage(int dpi) {
    if (dpi <= 0)
        dpi = m_spec.dpi;
    const QSize px = pixelSize(m_spec.size, dpi);
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::transparent);
    image.setText(QStringLiteral("Title"), m_spec.title.isEmpty()
                                               ? QStringLiteral("Emergence Explorer figure")
                                               : m_spec.title);
    image.setText(QStringLiteral("Software"), QStringLiteral("Emergence Explorer"));
    image.setText(QStringLiteral("Description"), description());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(px)));
    painter.end();
    return image;
}

bool FigureRenderer::writePng(QIODevice* device) {
    return toImage(m_spec.dpi).save(device, "PNG");
}

ExportResult FigureRenderer::exportTo(const QString& path, std::optional<ExportFormat> format) {
    ExportResult result;
    result.notes = m_scene->notes();
    result.droppedPoints = m_scene->droppedPoints();
    result.emptyPanels = m_scene->emptyPanels();
    if (!format)
        format = exportFormatFromPath(path);
    if (!format) {
        result.error =
            QStringLiteral("%1: unknown file type (expected .svg, .pdf or .png)").arg(path);
        return result;
    }
    const QStringList problems = m_spec.validate();
    if (!problems.isEmpty()) {
        result.error = problems.join(QLatin1String("; "));
        return result;
    }
    const auto render = [this, format = *format](QIODevice& file) {
        switch (format) {
        case ExportFormat::Svg:
            return writeSvg(&file);
        case ExportFormat::Pdf:
            return writePdf(&file);
        case ExportFormat::Png:
            return writePng(&file);
        }
        return false;
    };
    result.ok = writeFileAtomically(
        path, render,
        QStringLiteral("could not render the %1 file").arg(exportFormatName(*format).toUpper()),
        &result.error);
    if (!result.ok)
        return result;
    return result;
}

namespace {

// Validate before building anything: a 0 mm page or 100000 DPI never reaches Qt.
template <typename Data>
ExportResult validatedExport(const FigureSpec& spec, const Data& data, const QString& path,
                             std::optional<ExportFormat> format) {
    const QStringList problems = spec.validate();
    if (!problems.isEmpty()) {
        ExportResult r;
        r.error = problems.join(QLatin1String("; "));
        return r;
    }
    FigureRenderer renderer(spec, data);
    return renderer.exportTo(path, format);
}

} // namespace

ExportResult FigureRenderer::exportFigure(const FigureSpec& spec, const ScoreTable& table,
                                          const QString& path, std::optional<ExportFormat> format) {
    return validatedExport(spec, table, path, format);
}

ExportResult FigureRenderer::exportFigure(const FigureSpec& spec, const FigureCurves& curves,
                                          const QString& path, std::optional<ExportFormat> format) {
    return validatedExport(spec, curves, path, format);
}

} // namespace ee::render
