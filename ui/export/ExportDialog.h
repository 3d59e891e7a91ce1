// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ViewFigure.h"
#include "figure/FigureSpec.h"
#include "model/ScoreTable.h"
#include "render/FigureRenderer.h"
#include "render/FigureScene.h"

#include <QDialog>
#include <QImage>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
QT_END_NAMESPACE

namespace ee::ui {

/// \brief File → Export: a live preview of the figure at its physical size, with size presets
/// and a custom size, DPI, format, theme and legend placement; "Export…", "Export all panels…"
/// and "Save figure spec…".
///
/// The preview renders the same FigureScene as the files, so what you see is what you get.
/// The figure's curves are either queried from `table` (which must outlive the dialog) or
/// given by the view that computed them (FigureCurves: the decomposition, the toy model, the
/// (L, B) map); a spec of given curves cannot be saved, since its queries do not make them.
/// The preset box shows the preset whose page size the figure has, Custom otherwise. The file
/// dialogs are only in the button handlers; the public functions below take paths, so tests and
/// scripts drive the dialog without them.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const FigureSpec& spec, const ScoreTable& table, QWidget* parent = nullptr);
    ExportDialog(const FigureSpec& spec, render::FigureCurves curves, QWidget* parent = nullptr);

    /// \brief The preset whose page is `size` (the same in inches to 1/1000), if any.
    static std::optional<FigureSpec::Preset> presetForSize(const PageSize& size);
    /// \brief The preset the preset box shows (nullopt = Custom).
    std::optional<FigureSpec::Preset> shownPreset() const;
    /// \brief The figure as currently set up in the dialog.
    FigureSpec spec() const;
    /// \brief The chosen file format.
    render::ExportFormat format() const;
    /// \brief The language of the figure's texts ("en", "zh_CN"); the interface's by default.
    QString figureLanguage() const;
    void setFigureLanguage(const QString& code);
    /// \brief How the view that gave the curves writes its texts again in the figure language
    /// (ViewFigure::relabel); without it only the texts made at layout follow the language.
    void setRelabel(FigureRelabel relabel);
    /// \brief The last preview image (rendered at a DPI that fits the preview area).
    QImage previewImage() const { return m_preview; }

    /// \brief Writes the figure to `path` (format from the suffix, else the chosen one).
    render::ExportResult exportTo(const QString& path) const;
    /// \brief Writes each panel as its own figure of the same size into `folder`, named
    /// "NN-task[-subtask]-metric.ext"; returns one result per panel.
    QList<render::ExportResult> exportAllPanels(const QString& folder,
                                                QStringList* written = nullptr) const;
    /// \brief Saves spec() as JSON (what `emergence export --spec` reads).
    bool saveSpec(const QString& path, QString* error = nullptr) const;

public slots:
    /// \brief Re-renders the preview now (normally debounced after each change).
    void updatePreview();

private slots:
    void presetChosen(int index);
    void settingsChanged();
    void exportClicked();
    void exportAllClicked();
    void saveSpecClicked();

private:
    void setUpWidgets(const FigureSpec& spec);
    /// Shows the preset matching the size on the page controls, without applying it.
    void showMatchingPreset();
    /// The figure with the view's texts in the current language (the caller holds the
    /// ScopedLanguage of the figure language): the spec and, for given curves, the curves.
    std::pair<FigureSpec, std::optional<render::FigureCurves>> relabelled(FigureSpec spec) const;
    std::unique_ptr<render::FigureRenderer> renderer(const FigureSpec& spec) const;
    render::ExportResult exportFigure(const FigureSpec& spec, const render::FigureCurves* curves,
                                      const QString& path, render::ExportFormat format) const;

    FigureSpec m_base;
    const ScoreTable* m_table = nullptr;
    std::optional<render::FigureCurves> m_curves;
    FigureRelabel m_relabel;
    QImage m_preview;
    QComboBox* m_preset = nullptr;
    QDoubleSpinBox* m_width = nullptr;
    QDoubleSpinBox* m_height = nullptr;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_dpi = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_legend = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_previewLabel = nullptr;
    QLabel* m_info = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_updating = false;
};

} // namespace ee::ui
