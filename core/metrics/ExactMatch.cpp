// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ExactMatch.h"

#include "metrics/PyText.h"

#include <QRegularExpression>

namespace ee {

PostProcess PostProcess::bigbenchDefault() {
    PostProcess pp;
    pp.outputRegex = defaultRegex();
    return pp;
}

QString PostProcess::describe() const {
    QStringList parts;
    if (maxLength)
        parts << QStringLiteral("max_length=%1").arg(*maxLength);
    if (!stopString.isEmpty())
        parts << QStringLiteral("stop_string=%1").arg(stopString.toHtmlEscaped());
    if (outputRegex)
        parts << QStringLiteral("output_regex=%1").arg(*outputRegex);
    return parts.join(QLatin1Char(' '));
}

namespace {

// First match of [^\.\?\!\;\n]+: the first maximal run of code points outside the set.
QString firstDefaultRegexMatch(const QString& text) {
    auto stop = [](QChar c) {
        return c == u'.' || c == u'?' || c == u'!' || c == u';' || c == u'\n';
    };
    qsizetype i = 0;
    while (i < text.size() && stop(text[i]))
        ++i;
    qsizetype j = i;
    while (j < text.size() && !stop(text[j]))
        ++j;
    return text.mid(i, j - i);
}

} // namespace

PostProcessed postprocessOutput(const QString& input, const PostProcess& pp) {
    PostProcessed out;
    QString text = input;
    if (pp.maxLength) {
        // Code points, not UTF-16 units.
        U32 cps = py::toU32(text);
        if (static_cast<qsizetype>(cps.size()) > *pp.maxLength)
            cps.resize(static_cast<std::size_t>(std::max<qsizetype>(0, *pp.maxLength)));
        text = py::fromU32(cps);
    }
    if (!pp.stopString.isEmpty()) {
        const qsizetype i = text.indexOf(pp.stopString);
        if (i > 0) // BIG-bench tests `> 0`: a stop string at index 0 disables truncation
            text = text.left(i + pp.stopString.size());
    }
    if (pp.outputRegex) {
        if (*pp.outputRegex == PostProcess::defaultRegex()) {
            text = firstDefaultRegexMatch(text);
        } else {
            const QRegularExpression re(*pp.outputRegex);
            if (!re.isValid()) {
                out.error = QStringLiteral("invalid output_regex '%1': %2")
                                .arg(*pp.outputRegex, re.errorString());
                return out;
            }
            if (re.captureCount() > 1) {
                out.error = QStringLiteral("output_regex '%1' has %2 capture groups; BIG-bench "
                                           "allows at most one")
                                .arg(*pp.outputRegex)
                                .arg(re.captureCount());
                return out;
            }
            const auto m = re.match(text);
            text = m.hasMatch() ? m.captured(re.captureCount() == 1 ? 1 : 0) : QString();
        }
    }
    out.text = text;
    return out;
}

double exactStrMatch(const QString& response, const QStringList& targets) {
    for (const QString& t : targets)
        if (t == response)
            return 1.0;
    return 0.0;
}

double caseInsensitiveStrMatch(const QString& response, const QStringList& targets) {
    const QString r = py::lower(response);
    for (const QString& t : targets)
        if (py::lower(t) == r)
            return 1.0;
    return 0.0;
}

QString addOutputRegex(std::optional<PostProcess>& pp, const QString& regex) {
    PostProcess candidate = pp.value_or(PostProcess{});
    candidate.outputRegex = regex;
    const PostProcessed check = postprocessOutput(QString(), candidate);
    if (check.error.isEmpty())
        pp = candidate;
    return check.error;
}

} // namespace ee
