// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PaperTables.h"

#include "io/CsvReader.h"
#include "io/SizeLabel.h"
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>
#include <functional>

namespace ee::PaperTables {

namespace {

/// Column access by name for one record, with problems reported against the record's line.
class Cells {
public:
    Cells(const QStringList& header, const QString& file, Diagnostics& diag)
        : m_file(file)
        , m_diag(diag) {
        for (int i = 0; i < header.size(); ++i)
            m_index.insert(header.at(i).trimmed(), i);
    }
    void setRecord(const CsvRecord* rec) {
        m_rec = rec;
        m_failed = false;
    }
    bool failed() const { return m_failed; }
    qint64 line() const { return m_rec->line; }

    QString text(const QString& column) const {
        const int i = m_index.value(column, -1);
        return i >= 0 && i < m_rec->fields.size() ? m_rec->fields.at(i).trimmed() : QString();
    }
    std::optional<double> number(const QString& column, bool required) {
        const QString t = text(column);
        if (t.isEmpty()) {
            if (required)
                fail(column, QCoreApplication::translate(
                                 "PaperTables", "the value is empty; the row was skipped"));
            return std::nullopt;
        }
        const auto v = parseFiniteDouble(t);
        if (!v)
            fail(column, QCoreApplication::translate(
                             "PaperTables", "'%1' is not a finite number; the row was skipped")
                             .arg(elideForMessage(t)));
        return v;
    }
    /// A model size (parameters, tokens): optional, and when zero or negative it cannot be a
    /// size, so it is reported with its line and value and the scale stays unknown (a log axis
    /// could not show it). `zeroAllowed` keeps a genuine 0 (tokens seen at step 0).
    std::optional<double> size(const QString& column, bool zeroAllowed = false) {
        const auto v = number(column, false);
        if (!v || *v > 0 || (zeroAllowed && *v == 0))
            return v;
        warn(column,
             QCoreApplication::translate(
                 "PaperTables", "%1 is not a positive size; the model's scale is left unknown "
                                "in this row")
                 .arg(formatNumberExact(*v)));
        return std::nullopt;
    }
    std::optional<int> integer(const QString& column, int max = 10000) {
        const QString t = text(column);
        bool ok = false;
        const int v = t.toInt(&ok);
        if (t.isEmpty())
            return std::nullopt;
        if (!ok || v < 0 || v > max) {
            fail(column, QCoreApplication::translate(
                             "PaperTables", "'%1' is not a whole number from 0 to %2; the row was "
                                            "skipped")
                             .arg(elideForMessage(t))
                             .arg(max));
            return std::nullopt;
        }
        return v;
    }
    void warn(const QString& column, const QString& message) {
        m_diag.warn(m_file, m_rec->line, message, column);
    }
    void fail(const QString& column, const QString& message) {
        m_diag.error(m_file, m_rec->line, message, column);
        m_failed = true;
    }

private:
    QHash<QString, int> m_index;
    const QString& m_file;
    Diagnostics& m_diag;
    const CsvRecord* m_rec = nullptr;
    bool m_failed = false;
};

using RowReader = std::function<void(Cells&, const QString& source, ScoreTable&)>;

struct Layout {
    QString name;
    QStringList requiredColumns;
    RowReader read;
};

QString lowerWord(const QString& s) {
    QString out = s.trimmed().toLower();
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    out.replace(QLatin1Char(' '), QLatin1Char('_'));
    return out;
}

/// Paper tables print accuracy in percent: metric `accuracy`, perfect score 100.
void appendPercentAccuracy(Cells& c, const QString& column, ScoreRow r, ScoreTable& out) {
    r.metric = QStringLiteral("accuracy");
    r.high = 100;
    const auto v = c.number(column, true);
    if (c.failed() || !v)
        return;
    r.value = *v;
    out.append(r);
}

/// Wei et al. 2022 (chain of thought), Appendix B Tables 2–5: accuracy in percent.
void readWeiCot(Cells& c, const QString& source, ScoreTable& out) {
    ScoreRow r;
    r.source = source;
    r.family = c.text(QStringLiteral("model_family"));
    const QString size = c.text(QStringLiteral("model_size"));
    const QString engine = c.text(QStringLiteral("api_engine"));
    r.model = !engine.isEmpty() ? engine
                                : (size.isEmpty() ? r.family : r.family + QLatin1Char(' ') + size);
    if (!size.isEmpty()) {
        r.scale.params = parseSizeLabel(size);
        if (!r.scale.params)
            c.fail(QStringLiteral("model_size"),
                   QCoreApplication::translate("PaperTables",
                                               "'%1' is not a size such as 420M or 1.3B")
                       .arg(elideForMessage(size)));
    }
    r.task = c.text(QStringLiteral("benchmark"));
    r.prompting = lowerWord(c.text(QStringLiteral("prompting")));
    appendPercentAccuracy(c, QStringLiteral("value_percent"), r, out);
}

/// Kojima et al. 2022, Appendix E Tables 26–27 (model-scale study): accuracy in percent.
void readKojimaScale(Cells& c, const QString& source, ScoreTable& out) {
    ScoreRow r;
    r.source = source;
    r.family = c.text(QStringLiteral("model_family"));
    r.model = c.text(QStringLiteral("engine_or_model"));
    // Labels S, M, L, XL-1, XL-2 (InstructGPT) are not sizes: those models keep an unknown scale.
    r.scale.params = parseSizeLabel(c.text(QStringLiteral("size_label_in_paper")));
    r.task = c.text(QStringLiteral("dataset"));
    const QString method = c.text(QStringLiteral("method"));
    const QString m = method.toLower();
    if (m.startsWith(QLatin1String("zero-shot-cot"))) {
        r.prompting = prompting::zeroShotCot;
        r.shots = 0;
    } else if (m.startsWith(QLatin1String("zero-shot"))) {
        r.prompting = prompting::zeroShot;
        r.shots = 0;
    } else if (m.startsWith(QLatin1String("few-shot-cot"))) {
        r.prompting = prompting::chainOfThought;
    } else if (m.startsWith(QLatin1String("few-shot"))) {
        r.prompting = prompting::standard;
    } else {
        r.prompting = lowerWord(method);
    }
    // "Few-shot (8 samples)": the number of exemplars is the shot count.
    const qsizetype open = method.indexOf(QLatin1Char('('));
    if (!r.shots && open >= 0) {
        bool ok = false;
        const int k = method.mid(open + 1).section(QLatin1Char(' '), 0, 0).toInt(&ok);
        if (ok)
            r.shots = k;
    }
    appendPercentAccuracy(c, QStringLiteral("accuracy"), r, out);
}

/// The final Pythia checkpoint; earlier checkpoints form a per-model training curve.
constexpr int kPythiaFinalStep = 143000;

/// Appends `r` under its checkpoint's family: the final checkpoint joins the size scan
/// (`finalFamily`), and every checkpoint, the final one included, joins the model's training curve.
void appendPythiaCheckpoint(ScoreRow r, const QString& model, const QString& finalFamily, int step,
                            ScoreTable& out) {
    if (step == kPythiaFinalStep) {
        r.family = finalFamily;
        r.model = model;
        out.append(r);
    }
    r.family = model + QStringLiteral(" (training)");
    r.model = model + QStringLiteral(" step ") + QString::number(step);
    out.append(r);
}

/// Pythia v1 lm-evaluation-harness results by size and training step.
void readPythiaV1(Cells& c, const QString& source, ScoreTable& out) {
    ScoreRow r;
    r.source = source;
    const QString model = c.text(QStringLiteral("model"));
    const QString dedupedText = c.text(QStringLiteral("deduped"));
    const bool deduped = dedupedText.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (!deduped && !dedupedText.isEmpty() &&
        dedupedText.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
        c.warn(
            QStringLiteral("deduped"),
            QCoreApplication::translate(
                "PaperTables", "'%1' is neither true nor false; read as false (not deduplicated)")
                .arg(elideForMessage(dedupedText)));
    const auto step = c.integer(QStringLiteral("step"), 100000000);
    r.scale.params = c.size(QStringLiteral("params_approx"));
    // A checkpoint at step 0 has seen no tokens: a true 0, kept (figures count it as not
    // drawable on a log axis and say so).
    r.scale.tokens = c.size(QStringLiteral("tokens_seen"), step && *step == 0);
    r.shots = c.integer(QStringLiteral("num_fewshot"));
    r.task = c.text(QStringLiteral("task"));
    r.metric = c.text(QStringLiteral("metric"));
    r.prompting = prompting::standard;
    const auto v = c.number(QStringLiteral("value"), true);
    r.stderr_ = c.number(QStringLiteral("stderr"), false);
    if (c.failed() || !v || !step)
        return;
    const QString family = c.text(QStringLiteral("family"));
    QString finalFamily = family;
    if (deduped)
        finalFamily = family.endsWith(QLatin1Char(')'))
                          ? family.chopped(1) + QStringLiteral(", deduped)")
                          : family + QStringLiteral(" (deduped)");
    r.value = *v;
    appendPythiaCheckpoint(r, model, finalFamily, *step, out);
    // LAMBADA perplexity is exp(−mean target log-likelihood): keep the log-likelihood too, so the
    // log-probability views have real data. Marked derived in its metric name.
    if (r.metric == QLatin1String("ppl") && *v > 0) {
        r.metric = QStringLiteral("log_likelihood_derived");
        r.value = -std::log(*v);
        r.stderr_.reset();
        appendPythiaCheckpoint(r, model, finalFamily, *step, out);
    }
}

/// OPT and BLOOM final checkpoints, same harness and tasks as Pythia.
void readHarnessFinal(Cells& c, const QString& source, ScoreTable& out) {
    ScoreRow r;
    r.source = source;
    r.family = c.text(QStringLiteral("family"));
    r.model = c.text(QStringLiteral("model"));
    r.scale.params = parseSizeLabel(r.model.section(QLatin1Char('-'), -1));
    r.shots = c.integer(QStringLiteral("num_fewshot"));
    r.task = c.text(QStringLiteral("task"));
    r.metric = c.text(QStringLiteral("metric"));
    r.prompting = prompting::standard;
    const auto v = c.number(QStringLiteral("value"), true);
    r.stderr_ = c.number(QStringLiteral("stderr"), false);
    if (c.failed() || !v)
        return;
    r.value = *v;
    out.append(r);
    if (r.metric == QLatin1String("ppl") && *v > 0) {
        r.metric = QStringLiteral("log_likelihood_derived");
        r.value = -std::log(*v);
        r.stderr_.reset();
        out.append(r);
    }
}

/// Pythia v0 (deduped) arithmetic exact match by first operand: one subtask per operand x1,
/// each the mean over 50 items (x2 = 1…50).
void readPythiaArithmetic(Cells& c, const QString& source, ScoreTable& out) {
    ScoreRow r;
    r.source = source;
    const QString model = c.text(QStringLiteral("hf_model_old_name")).section(QLatin1Char('/'), -1);
    const auto step = c.integer(QStringLiteral("checkpoint_step"), 100000000);
    r.scale.params = c.size(QStringLiteral("params_approx"));
    r.shots = c.integer(QStringLiteral("num_fewshot"));
    r.task = QStringLiteral("pythia_arithmetic_") + c.text(QStringLiteral("operation"));
    const auto x1 = c.integer(QStringLiteral("first_operand_x1"), 1000000);
    r.metric = QStringLiteral("acc");
    r.prompting = prompting::standard;
    r.n = 50;
    const auto v = c.number(QStringLiteral("acc"), true);
    r.stderr_ = c.number(QStringLiteral("acc_stderr"), false);
    if (c.failed() || !v || !step || !x1)
        return;
    r.subtask = QStringLiteral("x1=%1").arg(*x1, 2, 10, QLatin1Char('0'));
    r.value = *v;
    appendPythiaCheckpoint(r, model, QStringLiteral("Pythia (v0, deduped)"), *step, out);
}

const QList<Layout>& layouts() {
    static const QList<Layout> list = {
        {QStringLiteral("wei2022-cot"),
         {QStringLiteral("model_family"), QStringLiteral("model_size"),
          QStringLiteral("api_engine"), QStringLiteral("benchmark"), QStringLiteral("prompting"),
          QStringLiteral("value_percent")},
         readWeiCot},
        {QStringLiteral("kojima2022-scale"),
         {QStringLiteral("model_family"), QStringLiteral("engine_or_model"),
          QStringLiteral("size_label_in_paper"), QStringLiteral("dataset"),
          QStringLiteral("method"), QStringLiteral("accuracy")},
         readKojimaScale},
        {QStringLiteral("pythia-v1"),
         {QStringLiteral("family"), QStringLiteral("model"), QStringLiteral("params_approx"),
          QStringLiteral("deduped"), QStringLiteral("num_fewshot"), QStringLiteral("step"),
          QStringLiteral("tokens_seen"), QStringLiteral("task"), QStringLiteral("metric"),
          QStringLiteral("value"), QStringLiteral("stderr")},
         readPythiaV1},
        {QStringLiteral("pythia-v0-arithmetic"),
         {QStringLiteral("hf_model_old_name"), QStringLiteral("params_approx"),
          QStringLiteral("checkpoint_step"), QStringLiteral("operation"),
          QStringLiteral("first_operand_x1"), QStringLiteral("num_fewshot"), QStringLiteral("acc"),
          QStringLiteral("acc_stderr")},
         readPythiaArithmetic},
        {QStringLiteral("harness-final"),
         {QStringLiteral("family"), QStringLiteral("model"), QStringLiteral("num_fewshot"),
          QStringLiteral("task"), QStringLiteral("metric"), QStringLiteral("value"),
          QStringLiteral("stderr")},
         readHarnessFinal},
    };
    return list;
}

const Layout* findLayout(const QStringList& header) {
    QStringList trimmed;
    for (const QString& h : header)
        trimmed << h.trimmed();
    // Most specific first: the Pythia v1 header contains the harness-final columns.
    for (const Layout& layout : layouts()) {
        bool all = true;
        for (const QString& column : layout.requiredColumns)
            all = all && trimmed.contains(column);
        if (all)
            return &layout;
    }
    return nullptr;
}

} // namespace

QString recognize(const QStringList& header) {
    const Layout* layout = findLayout(header);
    return layout ? layout->name : QString();
}

ImportResult read(const QByteArray& bytes, const QString& file, const QString& source) {
    ImportResult result;
    Diagnostics& diag = result.diagnostics;
    CsvReader reader(normalizeTextEncoding(bytes, file, diag), file, diag);
    CsvRecord rec;
    if (!reader.next(rec)) {
        diag.error(file, 1,
                   QCoreApplication::translate("PaperTables",
                                               "the file is empty: a header row is required"));
        return result;
    }
    const Layout* layout = findLayout(rec.fields);
    if (!layout) {
        diag.error(file, rec.line,
                   QCoreApplication::translate("PaperTables", "this table layout is not known"));
        return result;
    }
    const qsizetype columns = rec.fields.size();
    const qint64 headerLine = rec.line;
    Cells cells(rec.fields, file, diag);
    qint64 records = 0;
    while (reader.next(rec)) {
        ++records;
        if (rec.fields.size() != columns)
            diag.warn(file, rec.line,
                      QCoreApplication::translate("PaperTables",
                                                  "the row has %1 fields but the header has %2")
                          .arg(rec.fields.size())
                          .arg(columns));
        cells.setRecord(&rec);
        layout->read(cells, source, result.table);
    }
    if (records == 0)
        diag.warn(
            file, headerLine,
            QCoreApplication::translate("PaperTables", "no data rows: the file has a header only"));
    return result;
}

} // namespace ee::PaperTables
