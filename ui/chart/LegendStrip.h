// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FamilyStyles.h"

#include <QWidget>

namespace ee::ui {

/// \brief One shared legend under a row of small multiples: each family's marker, colour and
/// name, wrapped over as many lines as the width needs. Styles come from the same FamilyStyles
/// the charts were built with, so entries match the series exactly.
class LegendStrip : public QWidget {
    Q_OBJECT
public:
    explicit LegendStrip(QWidget* parent = nullptr);
    /// \brief Shows `families` (in this order) with their styles from `styles`.
    void setEntries(const QStringList& families, const FamilyStyles& styles, bool dark);
    const QStringList& entries() const { return m_families; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// Lays entries out for `width`; returns the top-left of each entry and the total height.
    QList<QPoint> layoutFor(int width, int* height) const;

    QStringList m_families;
    QList<SeriesStyle> m_styles;
    bool m_dark = false;
};

} // namespace ee::ui
