// SPDX-License-Identifier: GPL-3.0-or-later
// TIGER-AI-Lab MMLU-Pro per-question outputs (../shared/data/tiger-lab-mmlu-pro-model-outputs).
#include "io/examples/MmluProOutputs.h"

#include "io/ModelCatalog.h"
#include "io/ZipArchive.h"
#include "io/examples/JsonArrayElements.h"
#include "io/examples/JsonLines.h"
#include "io/examples/JsonView.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <type_traits>

namespace ee {

namespace mmlupro {

namespace {

const QRegularExpression& fileNamePattern() {
    static const QRegularExpression re(
        QStringLiteral("^model_outputs_(.+)_(\\d{1,4})shots\\.(?:json|json\\.gz|zip)$"));
    return re;
}

template <typename View> QString typeName(const View& v) {
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isBool())
        return QCoreApplication::translate("MmluProOutputs", "true or false");
    if (v.isDouble())
        return QCoreApplication::translate("MmluProOutputs", "a number");
    if (v.isString())
        return QCoreApplication::translate("MmluProOutputs", "a string");
    if (v.isArray())
        return QCoreApplication::translate("MmluProOutputs", "an array");
    if (v.isObject())
        return QCoreApplication::translate("MmluProOutputs", "an object");
    return QCoreApplication::translate("MmluProOutputs", "missing");
}

bool isOptionLetter(const QString& s) {
    return s.size() == 1 && s[0] >= u'A' && s[0] <= u'J';
}

// "Llama-2-7b-hf" → "Llama-2", "Meta-Llama-3-70B" → "Llama-3", "Mistral-7B-v0.1" → "Mistral":
// the name before its size segment, without the "Meta-" of Meta's Llama 3 names (the ObsScaling
// table's families). Only the family: the size segment is never read as a size.
QString familyFromName(QString model) {
    if (model.startsWith(QLatin1String("Meta-")))
        model.remove(0, 5);
    static const QRegularExpression size(QStringLiteral("-\\d+(?:\\.\\d+)?[bBmM](?:-|$)"));
    if (const auto m = size.match(model); m.hasMatch() && m.capturedStart() > 0)
        return model.left(m.capturedStart());
    return QString();
}

// Parses one record, replacing invalid UTF-8 (which Qt refuses) by U+FFFD with a warning.
std::optional<QJsonObject> parseRecord(QByteArrayView bytes, const QString& file, qint64 line,
                                       const QString& place, qint64 offset, ExampleSet& set) {
    QByteArray text = bytes.toByteArray();
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error == QJsonParseError::IllegalUTF8String) {
        set.warn(file, line,
                 QCoreApplication::translate("MmluProOutputs",
                                             "invalid UTF-8 near byte %1; replaced by U+FFFD")
                     .arg(offset + pe.offset),
                 place);
        text = QString::fromUtf8(text).toUtf8();
        doc = QJsonDocument::fromJson(text, &pe);
    }
    if (pe.error != QJsonParseError::NoError) {
        set.warn(file, line,
                 QCoreApplication::translate("MmluProOutputs",
                                             "not valid JSON (%1 at byte %2); record skipped")
                     .arg(pe.errorString())
                     .arg(offset + pe.offset),
                 place);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        set.warn(
            file, line,
            QCoreApplication::translate("MmluProOutputs", "expected a JSON object; record skipped"),
            place);
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

bool looksLikeOutputs(const QByteArray& head, const QString& name) {
    if (fileNamePattern().match(name).hasMatch())
        return true;
    return head.contains("\"question_id\"") && head.contains("\"answer_index\"") &&
           head.contains("\"cot_content\"");
}

void read(const QByteArray& bytes, const QString& file, const QString& entry,
          const ExampleReadOptions& opts, ExampleSet& set) {
    QRegularExpressionMatch named = fileNamePattern().match(QFileInfo(entry).fileName());
    if (!named.hasMatch())
        named = fileNamePattern().match(QFileInfo(file).fileName());
    ExampleGroupKey base;
    base.task = opts.task.isEmpty() ? QStringLiteral("mmlu_pro") : opts.task;
    base.model = !opts.model.isEmpty() ? opts.model
                 : named.hasMatch()    ? named.captured(1)
                                       : QFileInfo(entry.isEmpty() ? file : entry).baseName();
    const ModelInfo* known = opts.catalog ? opts.catalog->find(base.model) : nullptr;
    base.family = !opts.family.isEmpty()              ? opts.family
                  : known && !known->family.isEmpty() ? known->family
                                                      : familyFromName(base.model);
    base.scale = opts.scale != ModelScale{} ? opts.scale : known ? known->scale : ModelScale{};
    // Upstream evaluates 5-shot only; a file name saying otherwise wins.
    base.shots = opts.shots         ? opts.shots
                 : named.hasMatch() ? std::optional<int>(named.captured(2).toInt())
                                    : std::optional<int>(5);
    base.prompting = opts.prompting.isEmpty() ? QStringLiteral("chain-of-thought") : opts.prompting;

    const QString prefix = entry.isEmpty() ? QString() : entry;
    auto placeOf = [&](qint64 index) { return QStringLiteral("%1[%2]").arg(prefix).arg(index); };
    qint64 added = 0;
    // One record over either parser's view (JsonView.h); `place` is built only for a message.
    auto readRecord = [&](const auto& o, qint64 index) {
        using View = std::decay_t<decltype(o)>;
        const qint64 line = index + 1;
        ExampleGroupKey key = base;
        const View category = o.value("category");
        key.subtask = category.toString();
        auto skip = [&](const QString& why) {
            set.warn(file, line,
                     QCoreApplication::translate("MmluProOutputs", "%1; record skipped").arg(why),
                     placeOf(index));
            if (key.subtask.isEmpty())
                set.countSkippedUnkeyed();
            else
                set.countSkipped(key, file);
        };
        if (!category.isString() || key.subtask.isEmpty())
            return skip(QCoreApplication::translate("MmluProOutputs",
                                                    "'category' is %1, expected a category name")
                            .arg(category.isString()
                                     ? QCoreApplication::translate("MmluProOutputs", "empty")
                                     : typeName(category)));
        Example e;
        e.line = line;
        const View qid = o.value("question_id");
        if (const auto n = jsonl::numberOfView(qid);
            qid.isDouble() && n && std::isfinite(*n) && *n == std::floor(*n) && std::abs(*n) < 9e15)
            e.id = QString::number(static_cast<qint64>(*n));
        else if (qid.isString() && !qid.toString().isEmpty())
            e.id = qid.toString();
        else
            return skip(QCoreApplication::translate("MmluProOutputs",
                                                    "'question_id' is %1, expected a whole number")
                            .arg(typeName(qid)));
        const View answer = o.value("answer");
        if (!answer.isString() || !isOptionLetter(answer.toString()))
            return skip(
                QCoreApplication::translate("MmluProOutputs",
                                            "question %1: 'answer' is %2, expected a letter A–J")
                    .arg(e.id, answer.isString() ? QStringLiteral("'%1'").arg(answer.toString())
                                                 : typeName(answer)));
        e.targets = {answer.toString()};
        const View pred = o.value("pred");
        if (pred.isNull()) {
            e.output = QString(); // no answer found: wrong under exact match
        } else if (pred.isString()) {
            e.output = pred.toString();
            if (!isOptionLetter(*e.output))
                set.warn(file, line,
                         QCoreApplication::translate(
                             "MmluProOutputs",
                             "question %1: 'pred' is '%2', not a letter A–J; kept "
                             "(it matches no answer)")
                             .arg(e.id, *e.output),
                         placeOf(index));
        } else {
            return skip(
                QCoreApplication::translate(
                    "MmluProOutputs", "question %1: 'pred' is %2, expected a letter A–J or null")
                    .arg(e.id, typeName(pred)));
        }
        const View options = o.value("options");
        e.choices = jsonl::stringListView(options);
        // Absent options are fine (the shipped compact files keep them in one model's file);
        // present but malformed ones are reported.
        if (!options.isUndefined() && (!options.isArray() || e.choices.size() != options.size()))
            set.warn(file, line,
                     QCoreApplication::translate(
                         "MmluProOutputs", "question %1: 'options' is not a list of texts; choices "
                                           "left incomplete")
                         .arg(e.id),
                     placeOf(index));
        if (opts.answerExtraction) {
            const View text = o.value("generated_text");
            e.output = text.isString()
                           ? extractMmluProAnswer(text.toString(), *opts.answerExtraction)
                           : QString();
        }
        if (opts.keepInputs)
            e.input = o.value("question").toString();
        if (opts.keepGenerations) {
            const View text = o.value("generated_text");
            if (text.isString())
                e.generation = text.toString();
        }
        set.add(key, std::move(e), file);
        ++added;
    };
    simdjson::dom::parser parser;
    auto onElement = [&](QByteArrayView element, qint64 index, qint64 offset) {
        // simdjson first; what it refuses (invalid UTF-8 above all) takes the Qt path, which
        // repairs or reports it exactly as before.
        auto parsed = parser.parse(element.data(), static_cast<size_t>(element.size()), false);
        if (!parsed.error() && parsed.value_unsafe().is_object())
            return readRecord(jsonl::SimdView(parsed.value_unsafe()), index);
        const std::optional<QJsonObject> o =
            parseRecord(element, file, index + 1, placeOf(index), offset, set);
        if (!o) {
            set.countSkippedUnkeyed();
            return;
        }
        readRecord(jsonl::QtView(*o), index);
    };
    // simdjson reads up to SIMDJSON_PADDING bytes past an element: the last one needs them.
    // gunzip() leaves spare capacity, so a copy is rarely made.
    constexpr auto kPadding = static_cast<qsizetype>(simdjson::SIMDJSON_PADDING);
    QByteArray copy;
    if (bytes.capacity() - bytes.size() < kPadding) {
        copy.reserve(bytes.size() + kPadding);
        copy.append(bytes);
    }
    const QByteArray& padded = copy.isNull() ? bytes : copy;
    QString error;
    const bool isArray = jsonl::forEachArrayElement(
        padded, onElement,
        [&](qint64 index, qint64 offset, const QString& message) {
            set.warn(
                file, index + 1,
                QCoreApplication::translate("MmluProOutputs", "%1 (at byte %2); record skipped")
                    .arg(message)
                    .arg(offset),
                placeOf(index));
            set.countSkippedUnkeyed();
        },
        error);
    if (!isArray) {
        set.error(file, 0,
                  entry.isEmpty()
                      ? QCoreApplication::translate("MmluProOutputs",
                                                    "%1; MMLU-Pro outputs are one JSON array")
                            .arg(error)
                      : QCoreApplication::translate("MmluProOutputs",
                                                    "entry '%1': %2; MMLU-Pro outputs are one "
                                                    "JSON array")
                            .arg(entry, error));
        return;
    }
    if (added > 0 && base.scale == ModelScale{})
        set.warn(file, 0,
                 QCoreApplication::translate(
                     "MmluProOutputs",
                     "the size of model '%1' is unknown: the file does not give it and "
                     "no model metadata table names it; its curves have no scale")
                     .arg(base.model));
}

} // namespace mmlupro

ExampleSet readMmluProOutputs(const QString& path, const ExampleReadOptions& opts) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ExampleSet set;
        set.error(
            path, 0,
            QCoreApplication::translate("MmluProOutputs", "cannot open: %1").arg(f.errorString()));
        return set;
    }
    const QByteArray head = f.peek(4);
    if (looksLikeZip(head))
        return readExampleZip(path, opts);
    ExampleSet set;
    QByteArray bytes;
    if (looksLikeGzip(head)) {
        QString error;
        std::optional<QByteArray> inflated = gunzip(f.readAll(), QFileInfo(path).fileName(), error);
        if (!inflated) {
            set.error(path, 0, error);
            return set;
        }
        bytes = std::move(*inflated);
    } else {
        bytes = f.readAll();
    }
    mmlupro::read(bytes, path, QString(), opts, set);
    return set;
}

QByteArray mmlupro::compact(const QByteArray& bytes, bool keepQuestions, QString& error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isArray()) {
        error =
            parseError.error != QJsonParseError::NoError
                ? parseError.errorString() + QStringLiteral(" at byte %1").arg(parseError.offset)
                : QStringLiteral("not a JSON array");
        return {};
    }
    QStringList keys = {QStringLiteral("question_id"), QStringLiteral("answer"),
                        QStringLiteral("category"), QStringLiteral("pred"),
                        QStringLiteral("generated_text")};
    if (keepQuestions)
        keys << QStringLiteral("question") << QStringLiteral("options");
    QJsonArray out;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject record = v.toObject();
        QJsonObject kept;
        for (const QString& k : keys)
            if (record.contains(k))
                kept.insert(k, record.value(k));
        out.append(kept);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

} // namespace ee
