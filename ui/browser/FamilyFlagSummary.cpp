// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/FamilyFlagSummary.h"

#include <QCoreApplication>
#include <QHash>

namespace ee::ui {

namespace {

/// Headline preference on ties, and the sort rank (higher sorts first when descending).
const QStringList& flagOrder() {
    static const QStringList order = {
        QStringLiteral("emergent"), QStringLiteral("inverse"), QStringLiteral("U-shaped"),
        QStringLiteral("smooth"),   QStringLiteral("flat"),
    };
    return order;
}

// The strings' translation context; a class, so that lupdate files them under it too.
struct FlagSummaryText {
    Q_DECLARE_TR_FUNCTIONS(FlagSummaryText)
};

} // namespace

FamilyFlagSummary summariseFamilyFlags(const QList<FamilyFlag>& flags) {
    FamilyFlagSummary s;
    for (const FamilyFlag& f : flags) {
        if (f.sizes < kMinSizesForFlag || f.flag.isEmpty()) {
            s.tooFewSizes << f.family;
            continue;
        }
        ++s.judged;
        s.familiesByFlag[f.flag] << f.family;
        if (!f.jumpTested && f.flag != QLatin1String("flat"))
            s.jumpUntested << f.family;
    }
    const QString emergent = QStringLiteral("emergent");
    if (s.familiesByFlag.contains(emergent)) {
        s.headline = emergent;
    } else {
        for (const QString& flag : flagOrder())
            if (s.familiesByFlag.value(flag).size() > s.familiesByFlag.value(s.headline).size())
                s.headline = flag;
    }
    s.headlineCount = int(s.familiesByFlag.value(s.headline).size());
    return s;
}

QString FamilyFlagSummary::columnText() const {
    if (headline.isEmpty())
        return {};
    return QStringLiteral("%1 %2/%3").arg(flagDisplayName(headline)).arg(headlineCount).arg(judged);
}

double FamilyFlagSummary::sortKey() const {
    if (headline.isEmpty() || judged == 0)
        return -1.0;
    const qsizetype rank = flagOrder().size() - flagOrder().indexOf(headline);
    return double(rank) + double(headlineCount) / double(judged) * 0.999;
}

QString FamilyFlagSummary::tooltipHtml(const FlagThresholds& thresholds) const {
    QString html;
    if (judged == 0) {
        html = FlagSummaryText::tr("No family has %1 or more model sizes, so none is flagged.")
                   .arg(kMinSizesForFlag);
    } else {
        for (const QString& flag : flagOrder()) {
            const QStringList families = familiesByFlag.value(flag);
            if (families.isEmpty())
                continue;
            html += FlagSummaryText::tr("<b>%1</b> in %2 of %3 families: %4<br>")
                        .arg(flagDisplayName(flag))
                        .arg(families.size())
                        .arg(judged)
                        .arg(families.join(QStringLiteral(", ")).toHtmlEscaped());
        }
    }
    if (!jumpUntested.isEmpty())
        html += FlagSummaryText::tr(
                    "Not tested for a jump (the sigmoid is compared with the log-linear fit by "
                    "AICc, which needs 7 or more points; or the fits are still running): %1<br>")
                    .arg(jumpUntested.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!tooFewSizes.isEmpty())
        html += FlagSummaryText::tr("Not flagged (fewer than %1 sizes): %2<br>")
                    .arg(kMinSizesForFlag)
                    .arg(tooFewSizes.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<small>%1</small>").arg(thresholdsSentence(thresholds).toHtmlEscaped());
    return html;
}

QString flagDisplayName(const QString& flag) {
    // Both spellings of the data (browser "inverse", "U-shaped"; CurveFlags::names()
    // "inverse_scaling", "u_shaped") name one flag; the English text is the key.
    static const QHash<QString, const char*> names = {
        {QStringLiteral("emergent"), QT_TRANSLATE_NOOP("FlagNames", "emergent")},
        {QStringLiteral("smooth"), QT_TRANSLATE_NOOP("FlagNames", "smooth")},
        {QStringLiteral("flat"), QT_TRANSLATE_NOOP("FlagNames", "flat")},
        {QStringLiteral("inverse"), QT_TRANSLATE_NOOP("FlagNames", "inverse")},
        {QStringLiteral("inverse_scaling"), QT_TRANSLATE_NOOP("FlagNames", "inverse scaling")},
        {QStringLiteral("U-shaped"), QT_TRANSLATE_NOOP("FlagNames", "U-shaped")},
        {QStringLiteral("u_shaped"), QT_TRANSLATE_NOOP("FlagNames", "U-shaped")},
    };
    const char* name = names.value(flag);
    return name ? QCoreApplication::translate("FlagNames", name) : flag;
}

QString fitDisplayName(const QString& fit) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("sigmoid"), QT_TRANSLATE_NOOP("FlagNames", "sigmoid")},
        {QStringLiteral("log_linear"), QT_TRANSLATE_NOOP("FlagNames", "log-linear")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("FlagNames", "none")},
    };
    const char* name = names.value(fit);
    return name ? QCoreApplication::translate("FlagNames", name)
                : QString(fit).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString thresholdsSentence(const FlagThresholds& t) {
    return FlagSummaryText::tr(
               "Each family's curve with the most sizes on the primary metric. Flat: change "
               "max − min below %1σ (σ: the points' typical standard error). Emergent: the "
               "sigmoid fits better (AICc), its 10–90 % rise takes at most %2 decade(s) of scale "
               "and covers at least %3 of the change. Smooth: neither. Analysis → Flag thresholds… "
               "changes them.")
        .arg(t.flatSigmas)
        .arg(t.emergentMaxWidthDecades)
        .arg(t.emergentMinRiseFraction);
}

} // namespace ee::ui
