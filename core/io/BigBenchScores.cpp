// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/BigBenchScores.h"

#include "io/BigBenchScoreParts.h"
#include "io/FastJson.h"
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <string>

namespace ee::BigBenchScores {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;
using Id = StringPool::Id;
using detail::asFiniteNumber;
using detail::EntryFields;
using detail::member;
using detail::NameCache;
using detail::sameBytes;

const QString kAggregateMetric = QStringLiteral("normalized_aggregate_score");

/// `scores[i]`, or `scores[i].key`: built only when a diagnostic needs it.
QString entryPlace(std::size_t i, std::string_view key = {}) {
    const QString entry = QStringLiteral("scores[%1]").arg(i);
    return key.empty() ? entry : FastJson::keyPath(entry, key);
}

/// A family, model or task name: its UTF-8 bytes in the parsed document when the document has
/// it (no QString is made for the thousands of files that do), else the text taken instead.
struct Name {
    std::string_view utf8;
    QString text;

    QString toString() const { return utf8.empty() ? text : FastJson::toQString(utf8); }
};

/// Reads one file's worth of rows; members hold what is shared by all its entries.
class Reader {
public:
    Reader(const QString& file, const QString& source, ScoreTable& table, Diagnostics& diag)
        : m_file(file)
        , m_source(source)
        , m_table(table)
        , m_diag(diag)
        , m_names(table) {}

    void read(const element& root) {
        object top;
        if (root.get_object().get(top) != simdjson::SUCCESS) {
            error(QString(), QCoreApplication::translate(
                                 "BigBenchScores", "expected a JSON object at the top, found %1")
                                 .arg(FastJson::typeName(root)));
            return;
        }
        readModel(top);
        readTask(top);
        const auto scores = member(top, "scores");
        simdjson::dom::array entries;
        if (!scores) {
            error(QStringLiteral("scores"),
                  QCoreApplication::translate(
                      "BigBenchScores", "missing: a BIG-bench score file lists its scores here"));
            return;
        }
        if (scores->get_array().get(entries) != simdjson::SUCCESS) {
            error(QStringLiteral("scores"),
                  QCoreApplication::translate("BigBenchScores", "expected an array, found %1")
                      .arg(FastJson::typeName(*scores)));
            return;
        }
        if (entries.size() == 0)
            warn(QStringLiteral("scores"),
                 QCoreApplication::translate("BigBenchScores", "the list is empty; no scores"));
        m_row.source = m_table.intern(m_source);
        m_row.task = intern(m_task);
        m_row.family = intern(m_family);
        m_row.model = intern(m_model);
        m_row.modelEntry = m_table.modelEntry(m_row.family, m_row.model, m_row.scale);
        m_row.prompting = m_table.intern(prompting::standard);
        m_aggregateMetric = m_table.intern(kAggregateMetric);
        if (m_task.utf8.empty()) {
            m_taskOwned = m_task.text.toStdString();
            m_taskUtf8 = m_taskOwned;
        } else {
            m_taskUtf8 = m_task.utf8;
        }
        std::size_t index = 0;
        for (const element entry : entries)
            readEntry(entry, index++);
    }

private:
    Id intern(const Name& name) {
        return name.utf8.empty() ? m_table.intern(name.text) : m_table.intern(name.utf8);
    }

    void error(const QString& place, const QString& message) {
        m_diag.error(m_file, 0, message, place);
    }
    void warn(const QString& place, const QString& message) {
        m_diag.warn(m_file, 0, message, place);
    }

    /// `scores_<family>_<size>[_T=<t>].json` → (family, size); the fallback for a bad `model`.
    std::pair<QString, QString> namesFromFileName() const {
        QString base = QFileInfo(m_file).completeBaseName();
        if (base.startsWith(QLatin1String("scores_")))
            base = base.mid(7);
        QString temperature;
        const qsizetype t = base.lastIndexOf(QLatin1String("_T="));
        if (t > 0) {
            temperature = base.mid(t + 1);
            base = base.left(t);
        }
        const qsizetype cut = base.indexOf(QLatin1Char('_'));
        QString family = cut > 0 ? base.left(cut) : base;
        const QString size = cut > 0 ? base.mid(cut + 1) : QString();
        if (!temperature.isEmpty())
            family += QLatin1Char(' ') + temperature;
        return {family, size};
    }

    /// A model size: a positive finite number, else unknown with a diagnostic.
    std::optional<double> readSize(const object& model, std::string_view key, bool expected) {
        // The key path is built only for a diagnostic: most files have none.
        const auto place = [key] { return FastJson::keyPath(QStringLiteral("model"), key); };
        const auto e = member(model, key);
        if (!e) {
            if (expected)
                warn(place(), QCoreApplication::translate(
                                  "BigBenchScores", "missing; this scale of the model is unknown"));
            return std::nullopt;
        }
        if (e->is_null())
            return std::nullopt;
        const auto v = asFiniteNumber(*e);
        if (!v) {
            error(place(),
                  QCoreApplication::translate("BigBenchScores",
                                              "expected a finite number of parameters, found %1; "
                                              "this scale of the model is unknown")
                      .arg(FastJson::typeName(*e)));
            return std::nullopt;
        }
        if (*v <= 0) {
            error(place(),
                  QCoreApplication::translate(
                      "BigBenchScores", "the size %1 is not positive; this scale of the model "
                                        "is unknown")
                      .arg(formatNumberExact(*v)));
            return std::nullopt;
        }
        return v;
    }

    /// A string member naming something; empty (with a diagnostic) when absent or not text.
    template <typename Fallback>
    Name readName(const object& obj, const QString& parent, std::string_view key,
                  Fallback fallbackName, const QString& what) {
        const auto e = member(obj, key);
        std::string_view text;
        if (e && e->get_string().get(text) == simdjson::SUCCESS && !text.empty())
            return {text, {}};
        const QString place = FastJson::keyPath(parent, key);
        const QString found = !e ? QStringLiteral("missing")
                                 : QCoreApplication::translate(
                                       "BigBenchScores", "expected a non-empty string, found %1")
                                       .arg(FastJson::typeName(*e));
        const QString fallback = fallbackName(); // only on this slow path
        if (fallback.isEmpty()) {
            error(place, QCoreApplication::translate("BigBenchScores", "%1; no %2 is known")
                             .arg(found, what));
            return {};
        }
        warn(place, QCoreApplication::translate("BigBenchScores",
                                                "%1; the %2 '%3' is taken from the file's path")
                        .arg(found, what, fallback));
        return {{}, fallback};
    }

    void readModel(const object& top) {
        object model;
        const auto e = member(top, "model");
        if (!e || e->get_object().get(model) != simdjson::SUCCESS) {
            const auto [familyFromName, sizeFromName] = namesFromFileName();
            const QString found =
                e ? QCoreApplication::translate("BigBenchScores", "expected an object, found %1")
                        .arg(FastJson::typeName(*e))
                  : QStringLiteral("missing");
            warn(QStringLiteral("model"),
                 QCoreApplication::translate(
                     "BigBenchScores",
                     "%1; family '%2' and model '%3' are taken from the file name and "
                     "the model's scale is unknown")
                     .arg(found, familyFromName, sizeFromName));
            m_family = {{}, familyFromName};
            m_model = {{}, sizeFromName};
            return;
        }
        m_family = readName(
            model, QStringLiteral("model"), "model_family",
            [this] { return namesFromFileName().first; },
            QCoreApplication::translate("BigBenchScores", "family"));
        m_model = readName(
            model, QStringLiteral("model"), "model_name",
            [this] { return namesFromFileName().second; },
            QCoreApplication::translate("BigBenchScores", "model name"));
        m_row.scale.params = readSize(model, "total_params", true);
        m_row.scale.nonEmbeddingParams = readSize(model, "non_embedding_params", true);
        // Read for its diagnostics only: the table has no column for the flop-matched size.
        readSize(model, "flop_matched_non_embedding_params", false);
    }

    /// The task is `task.task_name`, else the folder above `results/`.
    void readTask(const object& top) {
        object task;
        const auto e = member(top, "task");
        const bool isObject = e && e->get_object().get(task) == simdjson::SUCCESS;
        std::string_view name;
        const auto named = isObject ? member(task, "task_name") : std::nullopt;
        if (named && named->get_string().get(name) == simdjson::SUCCESS && !name.empty()) {
            m_task = {name, {}};
            return;
        }
        // <task>/results/scores_*.json
        const QStringList folders = QFileInfo(m_file).path().split(QLatin1Char('/'));
        QString folder;
        if (folders.size() >= 2 && folders.last() == QLatin1String("results"))
            folder = folders.at(folders.size() - 2);
        if (isObject && (!folder.isEmpty() || named)) {
            m_task = readName(
                task, QStringLiteral("task"), "task_name", [&folder] { return folder; },
                QStringLiteral("task"));
            return;
        }
        m_task = {{}, folder}; // when empty, the entries' subtask descriptions name the task
        if (folder.isEmpty())
            return;
        const QString found =
            !e ? QStringLiteral("missing")
            : isObject
                ? QCoreApplication::translate("BigBenchScores", "task_name is missing")
                : QCoreApplication::translate("BigBenchScores", "expected an object, found %1")
                      .arg(FastJson::typeName(*e));
        warn(QStringLiteral("task"),
             QCoreApplication::translate("BigBenchScores",
                                         "%1; the task '%2' is taken from the folder")
                 .arg(found, folder));
    }

    /// The subtask from `subtask_description`: empty for the bare task name.
    std::optional<Id> readSubtask(const std::optional<element>& e, std::size_t at) {
        const auto place = [at] { return entryPlace(at, "subtask_description"); };
        std::string_view d;
        if (!e || e->get_string().get(d) != simdjson::SUCCESS || d.empty()) {
            error(place(),
                  QCoreApplication::translate("BigBenchScores", "%1; the entry is skipped")
                      .arg(!e ? QStringLiteral("missing")
                              : QCoreApplication::translate(
                                    "BigBenchScores", "expected the task or task:subtask name, "
                                                      "found %1")
                                    .arg(FastJson::typeName(*e))));
            return std::nullopt;
        }
        if (m_taskUtf8.empty()) {
            // No task name anywhere else: the entries name it.
            m_taskOwned = std::string(d.substr(0, d.find(':')));
            m_taskUtf8 = m_taskOwned;
            m_task = {{}, FastJson::toQString(m_taskUtf8)};
            m_row.task = intern(m_task);
            warn(QStringLiteral("task"),
                 QCoreApplication::translate(
                     "BigBenchScores",
                     "missing; the task '%1' is taken from the subtask descriptions")
                     .arg(m_task.text));
        }
        if (sameBytes(d, m_taskUtf8))
            return Id(0);
        if (d.size() > m_taskUtf8.size() && sameBytes(d.substr(0, m_taskUtf8.size()), m_taskUtf8) &&
            d[m_taskUtf8.size()] == ':')
            return m_names.id(d.substr(m_taskUtf8.size() + 1));
        const std::size_t colon = d.find(':');
        const std::string_view sub = colon == std::string_view::npos ? d : d.substr(colon + 1);
        warn(place(),
             QCoreApplication::translate(
                 "BigBenchScores", "'%1' does not start with the task name '%2:'; the subtask is "
                                   "read as '%3'")
                 .arg(FastJson::toQString(d), m_task.toString(), FastJson::toQString(sub)));
        return m_names.id(sub);
    }

    /// `number_of_shots`: a count, or null / absent for unknown. False: skip the entry.
    bool readShots(const std::optional<element>& e, std::size_t at, std::optional<int>& shots) {
        const auto place = [at] { return entryPlace(at, "number_of_shots"); };
        shots.reset();
        if (!e) {
            warn(place(), QCoreApplication::translate("BigBenchScores",
                                                      "missing; the number of shots is unknown"));
            return true;
        }
        if (e->is_null())
            return true;
        const auto v = asFiniteNumber(*e);
        if (!v || *v != std::floor(*v) || *v < 0 || *v > 32767) {
            error(place(),
                  QCoreApplication::translate(
                      "BigBenchScores", "expected a whole number of shots (0 or more) or null, "
                                        "found %1; the entry is skipped")
                      .arg(v ? formatNumberExact(*v) : FastJson::typeName(*e)));
            return false;
        }
        shots = int(*v);
        return true;
    }

    /// `low_score` / `high_score`: optional finite numbers.
    std::optional<double> readBound(const std::optional<element>& e, std::size_t at,
                                    std::string_view key) {
        if (!e || e->is_null())
            return std::nullopt;
        const auto v = asFiniteNumber(*e);
        if (!v)
            error(entryPlace(at, key),
                  QCoreApplication::translate(
                      "BigBenchScores", "expected a finite number, found %1; it is left unknown")
                      .arg(FastJson::typeName(*e)));
        return v;
    }

    void readEntry(const element& value, std::size_t at) {
        object entry;
        if (value.get_object().get(entry) != simdjson::SUCCESS) {
            error(entryPlace(at),
                  QCoreApplication::translate("BigBenchScores",
                                              "expected a score object, found %1; skipped")
                      .arg(FastJson::typeName(value)));
            return;
        }
        const EntryFields fields(entry);
        const auto subtask = readSubtask(fields.subtask, at);
        if (!subtask)
            return;
        std::optional<int> shots;
        if (!readShots(fields.shots, at, shots))
            return;
        const auto dictPlace = [at] { return entryPlace(at, "score_dict"); };
        const auto& dictValue = fields.dict;
        object dict;
        if (!dictValue || dictValue->get_object().get(dict) != simdjson::SUCCESS) {
            error(dictPlace(),
                  QCoreApplication::translate("BigBenchScores", "%1; the entry is skipped")
                      .arg(!dictValue ? QStringLiteral("missing")
                                      : QCoreApplication::translate("BigBenchScores",
                                                                    "expected an object of "
                                                                    "metric: score, found %1")
                                            .arg(FastJson::typeName(*dictValue))));
            return;
        }
        // low_score/high_score bound the preferred metric (docs/formats.md §A1), not the others.
        const auto low = readBound(fields.low, at, "low_score");
        const auto high = readBound(fields.high, at, "high_score");
        std::string_view preferred;
        const auto& pref = fields.preferred;
        const bool hasPreferred = pref && pref->get_string().get(preferred) == simdjson::SUCCESS;
        if (pref && !hasPreferred)
            error(entryPlace(at, "preferred_score"),
                  QCoreApplication::translate("BigBenchScores", "expected a metric name, found %1")
                      .arg(FastJson::typeName(*pref)));
        bool preferredFound = false;

        m_row.subtask = *subtask;
        m_row.shots = shots;
        for (const auto field : dict) {
            const auto v = asFiniteNumber(field.value);
            if (!v) {
                const QString place = FastJson::keyPath(dictPlace(), field.key);
                if (field.value.is_null())
                    warn(place, QCoreApplication::translate("BigBenchScores",
                                                            "null; no score for this metric"));
                else
                    error(place,
                          QCoreApplication::translate("BigBenchScores",
                                                      "expected a finite number, found %1; skipped")
                              .arg(FastJson::typeName(field.value)));
                continue;
            }
            m_row.metric = m_names.id(field.key);
            m_row.value = *v;
            const bool isPreferred = hasPreferred && sameBytes(field.key, preferred);
            preferredFound = preferredFound || isPreferred;
            if (isPreferred) {
                m_row.low = low;
                m_row.high = high;
            } else if (m_row.metric == m_aggregateMetric) {
                m_row.low = 0.0; // by definition: 0 = low_score, 100 = high_score
                m_row.high = 100.0;
            } else {
                m_row.low.reset();
                m_row.high.reset();
            }
            m_table.append(m_row);
        }
        if (hasPreferred && !preferredFound && !member(dict, preferred))
            warn(entryPlace(at, "preferred_score"),
                 QCoreApplication::translate("BigBenchScores", "'%1' is not in score_dict")
                     .arg(FastJson::toQString(preferred)));
    }

    const QString& m_file;
    const QString& m_source;
    ScoreTable& m_table;
    Diagnostics& m_diag;
    NameCache m_names;
    Name m_family, m_model, m_task;
    std::string_view m_taskUtf8; ///< m_task's bytes, in the document or in m_taskOwned
    std::string m_taskOwned;
    Id m_aggregateMetric = 0;
    ScoreTable::InternedRow m_row;
};

} // namespace

void readInto(const QByteArray& bytes, const QString& fileName, const QString& source,
              ScoreTable& table, Diagnostics& diag) {
    // Only a byte-order mark needs a copy; plain files go to the parser as they are.
    // Byte tests, not startsWith(): that was a general search call for each of thousands of files.
    const auto byte = [&bytes](qsizetype i) { return i < bytes.size() ? quint8(bytes[i]) : 0; };
    const bool marked = (byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) ||
                        (byte(0) == 0xFF && byte(1) == 0xFE) ||
                        (byte(0) == 0xFE && byte(1) == 0xFF);
    const QByteArray text = marked ? normalizeTextEncoding(bytes, fileName, diag) : bytes;
    const auto root = FastJson::parse(text, fileName, diag);
    if (!root)
        return;
    Reader reader(fileName, source, table, diag);
    reader.read(*root);
}

ImportResult read(const QByteArray& bytes, const QString& fileName, const QString& source) {
    ImportResult result;
    readInto(bytes, fileName, source, result.table, result.diagnostics);
    return result;
}

} // namespace ee::BigBenchScores
