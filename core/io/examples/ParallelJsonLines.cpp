// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/examples/ParallelJsonLines.h"

#include "io/examples/JsonLines.h"
#include "model/LargeAllocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>
#include <thread>

namespace ee::jsonl {

namespace {

// Bytes read per block and thread: large enough that starting threads costs nothing, small
// enough that memory stays far below a large file's size.
constexpr qint64 kBlockPerThread = 4 << 20;

bool isSpace(char c) {
    // QByteArray::trimmed()'s set, which forEachObject() uses.
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Line ends in [b, e): LF, CRLF and a lone CR each count once (forEachObject()'s rule).
qint64 countLineEnds(const char* b, const char* e) {
    qint64 n = std::count(b, e, '\n');
    for (const char* p = b; p < e; ++p) {
        p = static_cast<const char*>(std::memchr(p, '\r', static_cast<size_t>(e - p)));
        if (!p)
            break;
        if (p + 1 == e || p[1] != '\n')
            ++n;
    }
    return n;
}

// Parses the lines of [b, e), the first being line `line`, into `log`. [b, e) ends at a line
// end or at the end of the file, and at least simdjson::SIMDJSON_PADDING readable bytes follow `e`.
void parseChunk(const char* b, const char* e, qint64 line, const RecordReader& reader,
                simdjson::dom::parser& parser, RecordLog& log) {
    const char* p = b;
    while (p < e) {
        const auto left = static_cast<size_t>(e - p);
        const auto* lf = static_cast<const char*>(std::memchr(p, '\n', left));
        const char* stop = lf ? lf : e;
        const auto* cr = static_cast<const char*>(std::memchr(p, '\r', size_t(stop - p)));
        const char* end = cr ? cr : stop;
        const char* next = end == e ? e : end + 1;
        if (cr && next < e && *next == '\n')
            ++next; // CRLF is one line end
        ++line;
        const char* lb = p;
        const char* le = end;
        p = next;
        while (lb < le && isSpace(*lb))
            ++lb;
        while (le > lb && isSpace(le[-1]))
            --le;
        if (lb == le)
            continue;
        auto parsed = parser.parse(lb, static_cast<size_t>(le - lb), false);
        if (!parsed.error() && parsed.value_unsafe().is_object()) {
            reader.simd(SimdView(parsed.value_unsafe()), line, log);
            continue;
        }
        // simdjson refuses what Qt may read (NaN tokens, raw control characters in strings,
        // lone surrogates): take the line exactly as forEachObject() would.
        QString err;
        const QJsonDocument doc =
            parseLenient(QByteArray(lb, static_cast<qsizetype>(le - lb)), err);
        if (err.isEmpty() && !doc.isObject())
            err = QCoreApplication::translate("ParallelJsonLines",
                                              "expected a JSON object on each line");
        if (!err.isEmpty()) {
            log.warn(line,
                     QCoreApplication::translate("ParallelJsonLines", "%1; line skipped").arg(err));
            log.countSkippedUnkeyed();
            continue;
        }
        reader.qt(QtView(doc.object()), line, log);
    }
}

} // namespace

bool readRecords(const QString& path, const RecordReader& reader, ExampleSet& set, QString& error,
                 int threads) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("ParallelJsonLines", "cannot open: %1")
                    .arg(f.errorString());
        return false;
    }
    const QByteArray bom = f.peek(3);
    if (bom.startsWith(QByteArray("\xff\xfe", 2)) || bom.startsWith(QByteArray("\xfe\xff", 2))) {
        error = QCoreApplication::translate(
            "ParallelJsonLines",
            "the file is UTF-16 (it starts with a byte-order mark); JSON Lines "
            "must be UTF-8: save it as UTF-8 and load it again");
        return false;
    }
    if (bom == QByteArray("\xef\xbb\xbf", 3))
        f.read(3); // a UTF-8 byte-order mark is harmless: skip it

    const std::size_t t = threads > 0 ? static_cast<std::size_t>(threads)
                                      : std::max(1u, std::thread::hardware_concurrency());
    std::vector<simdjson::dom::parser> parsers(t);
    std::vector<RecordLog> logs(t);
    if (reader.sinks)
        for (std::size_t k = 0; k < t; ++k)
            logs[k].setSink(reader.sinks(k));
    // A small file needs no more than its size: the buffer is fresh memory, paid page by page.
    qint64 block = kBlockPerThread * static_cast<qint64>(t);
    if (const qint64 size = f.size(); size > 0)
        block = std::min(block, size);
    // Not zeroed first (LargeAllocator), and in huge pages: zeroing and faulting in 8 MiB was
    // most of the time `emergence score` took on a small file.
    Column<char> buf;
    std::size_t carry = 0; // bytes of an unfinished line kept from the block before
    qint64 line = 0;
    for (bool atEnd = false; !atEnd;) {
        buf.resize(carry + static_cast<std::size_t>(block) + simdjson::SIMDJSON_PADDING);
        const qint64 got = f.read(buf.data() + carry, block);
        atEnd = got <= 0;
        const std::size_t size = carry + static_cast<std::size_t>(std::max<qint64>(0, got));
        std::memset(buf.data() + size, 0, simdjson::SIMDJSON_PADDING); // parsers read past lines
        const char* data = buf.data();
        // Parse up to the last LF (all of it at the end): no line, and no CRLF, is cut.
        std::size_t upTo = size;
        if (!atEnd) {
            const char* last = data + size;
            while (last > data && last[-1] != '\n')
                --last;
            upTo = static_cast<std::size_t>(last - data);
            if (upTo == 0) { // one line longer than the block so far: read on
                carry = size;
                continue;
            }
        }
        // One chunk per thread, each cut after an LF.
        std::vector<const char*> cuts{data};
        for (std::size_t k = 1; k < t; ++k) {
            const char* c = std::max(cuts.back(), data + upTo * k / t);
            const auto* lf = static_cast<const char*>(
                std::memchr(c, '\n', static_cast<size_t>(data + upTo - c)));
            cuts.push_back(lf ? lf + 1 : data + upTo);
        }
        cuts.push_back(data + upTo);
        std::vector<qint64> firstLine(t);
        for (std::size_t k = 0; k < t; ++k) {
            firstLine[k] = line;
            line += countLineEnds(cuts[k], cuts[k + 1]);
        }
        std::vector<std::thread> pool;
        for (std::size_t k = 1; k < t; ++k)
            if (cuts[k] < cuts[k + 1])
                pool.emplace_back([&, k] {
                    parseChunk(cuts[k], cuts[k + 1], firstLine[k], reader, parsers[k], logs[k]);
                });
        parseChunk(cuts[0], cuts[1], firstLine[0], reader, parsers[0], logs[0]);
        for (auto& th : pool)
            th.join();
        for (RecordLog& log : logs)
            log.replay(set, path);
        // Keep the unfinished line for the next block.
        carry = size - upTo;
        std::memmove(buf.data(), data + upTo, carry);
    }
    return true;
}

} // namespace ee::jsonl
