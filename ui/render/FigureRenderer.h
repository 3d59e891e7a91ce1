// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"
#include "model/ScoreTable.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace ee::render {

class FigureScene;
struct FigureCurves;

/// \brief File formats a figure can be written in.
enum class ExportFormat { Svg, Pdf, Png };

/// \brief From a file name's suffix (.svg, .pdf, .png, case-insensitive); nullopt otherwise.
std::optional<ExportFormat> exportFormatFromPath(const QString& path);
QString exportFormatName(ExportFormat format);

/// \brief What an export did: `ok`, or `error` (a sentence naming the file); `notes` are
/// things the user should know even on success (points not shown, empty panels).
struct ExportResult {
    bool ok = false;
    QString error;
    QStringList notes;
    qsizetype droppedPoints = 0;
    int emptyPanels = 0;
};

/// \brief Writes a FigureSpec + ScoreTable as SVG, PDF or PNG at the spec's exact physical size.
///
/// All formats render the same FigureScene. SVG: QSvgGenerator with size, viewBox in points,
/// title and description, width/height written as the exact requested "89mm"/"3.25in"; text
/// stays <text>, lines stay paths; no timestamps, so output is byte-identical for equal inputs.
/// PDF: QPdfWriter, page size in mm, zero margins, title/creator metadata. PNG: a QImage of
/// round(inches × DPI) pixels with the DPI stored in the file. Files are written through
/// QSaveFile, so a failed export leaves no partial file and an existing file untouched.
/// Needs a QGuiApplication (the offscreen platform is enough).
class FigureRenderer {
public:
    FigureRenderer(const FigureSpec& spec, const ScoreTable& table);
    /// \brief A figure of curves a view computed (see FigureCurves).
    FigureRenderer(const FigureSpec& spec, const FigureCurves& curves);
    ~FigureRenderer();

    /// \brief The laid-out page (also for previews).
    FigureScene& scene() { return *m_scene; }
    const FigureSpec& spec() const { return m_spec; }

    QByteArray toSvg();
    bool writeSvg(QIODevice* device);
    bool writePdf(QIODevice* device);
    bool writePng(QIODevice* device);
    /// \brief The page as an image at `dpi` (the spec's DPI when 0), DPI metadata set.
    QImage toImage(int dpi = 0);
    /// \brief Pixel size of the PNG at `dpi`: round(width in × dpi) × round(height in × dpi).
    static QSize pixelSize(const PageSize& size, int dpi);

    /// \brief Validates the spec, renders and writes `path` atomically in `format` (from the
    /// suffix when unset).
    ExportResult exportTo(const QString& path, std::optional<ExportFormat> format = {});
    /// \brief One-call export: validates, builds the scene, writes.
    static ExportResult exportFigure(const FigureSpec& spec, const ScoreTable& table,
                                     const QString& path, std::optional<ExportFormat> format = {});
    static ExportResult exportFigure(const FigureSpec& spec, const FigureCurves& curves,
                                     const QString& path, std::optional<ExportFormat> format = {});

private:
    QString description() const;

    FigureSpec m_spec;
    std::unique_ptr<FigureScene> m_scene;
};

} // namespace ee::render
