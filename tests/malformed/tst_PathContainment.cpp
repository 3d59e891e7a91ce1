// SPDX-License-Identifier: GPL-3.0-or-later
// Folder loading never follows a symbolic link out of the chosen folder (issue #7, Safety):
// io/PathContainment's FolderBoundary resolves links and compares whole path components.
#include "io/PathContainment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace ee;
using namespace Qt::StringLiterals;
namespace fs = std::filesystem;

namespace {
fs::path P(const QString& s) {
    return fs::path(QFile::encodeName(s).toStdString());
}

void touch(const fs::path& p) {
    fs::create_directories(p.parent_path());
    QFile f(QFile::decodeName(QByteArray::fromStdString(p.native())));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("task,model,metric,value\nt,m,acc,0.5\n");
}
} // namespace

class tst_PathContainment : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    fs::path m_root, m_outside;

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        const fs::path base = P(m_tmp.path());
        m_root = base / "data";
        m_outside = base / "elsewhere";
        touch(m_root / "a.csv");
        touch(m_root / "sub" / "b.csv");
        touch(m_outside / "secret.csv");
        touch(base / "data2" / "c.csv"); // shares a prefix with "data"
        fs::create_symlink(m_root / "a.csv", m_root / "link_inside.csv");
        fs::create_symlink("sub/b.csv", m_root / "relative_inside.csv");
        fs::create_symlink(m_outside / "secret.csv", m_root / "link_outside.csv");
        fs::create_symlink("../elsewhere/secret.csv", m_root / "relative_outside.csv");
        fs::create_symlink("../../elsewhere/secret.csv", m_root / "sub" / "deep_outside.csv");
        fs::create_symlink(m_outside, m_root / "dir_outside");
        fs::create_symlink(m_root / "sub", m_root / "dir_inside");
        fs::create_symlink(base / "data2" / "c.csv", m_root / "prefix_sibling.csv");
        fs::create_symlink(m_root / "missing.csv", m_root / "dangling.csv");
        fs::create_symlink(m_root / "loop_b", m_root / "loop_a");
        fs::create_symlink(m_root / "loop_a", m_root / "loop_b");
        // Inside, but only through a chain that leaves the folder and comes back.
        fs::create_symlink(m_root / "a.csv", m_outside / "back.csv");
        fs::create_symlink(m_outside / "back.csv", m_root / "out_and_back.csv");
        fs::create_symlink(m_root, base / "data_link");
    }

    void contains_data() {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("inside");
        QTest::newRow("plain file") << u"a.csv"_s << true;
        QTest::newRow("file in a subfolder") << u"sub/b.csv"_s << true;
        QTest::newRow("the folder itself") << u"."_s << true;
        QTest::newRow("link to a file inside") << u"link_inside.csv"_s << true;
        QTest::newRow("relative link inside") << u"relative_inside.csv"_s << true;
        QTest::newRow("link to a folder inside") << u"dir_inside"_s << true;
        QTest::newRow("through a folder link inside") << u"dir_inside/b.csv"_s << true;
        QTest::newRow("chain ending inside") << u"out_and_back.csv"_s << true;
        QTest::newRow("link to a file outside") << u"link_outside.csv"_s << false;
        QTest::newRow("relative link outside") << u"relative_outside.csv"_s << false;
        QTest::newRow("link in a subfolder outside") << u"sub/deep_outside.csv"_s << false;
        QTest::newRow("link to a folder outside") << u"dir_outside"_s << false;
        QTest::newRow("through a folder link outside") << u"dir_outside/secret.csv"_s << false;
        QTest::newRow("sibling with the same prefix") << u"prefix_sibling.csv"_s << false;
        QTest::newRow("dot-dot") << u"sub/../../elsewhere/secret.csv"_s << false;
        QTest::newRow("dangling link") << u"dangling.csv"_s << false;
        QTest::newRow("link loop") << u"loop_a"_s << false;
    }
    void contains() {
        QFETCH(QString, relative);
        QFETCH(bool, inside);
        const fs::path candidate = m_root / P(relative);
        QCOMPARE(isInsideFolder(m_root, candidate), inside);
        // A folder chosen through a link of its own bounds the same files.
        QCOMPARE(FolderBoundary(m_root.parent_path() / "data_link").contains(candidate), inside);
    }

    /// How a folder walk uses it: links leading outside are skipped with a warning naming the
    /// link; everything else is walked as before.
    void walkSkipsLinksThatLeaveTheFolder() {
        const FolderBoundary boundary(m_root);
        Diagnostics diag;
        QStringList files;
        std::error_code ec;
        fs::recursive_directory_iterator it(m_root, fs::directory_options::skip_permission_denied,
                                            ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (!boundary.mayFollow(*it, diag))
                continue;
            std::error_code typeError;
            if (it->is_regular_file(typeError))
                files << QString::fromStdString(it->path().lexically_relative(m_root).string());
        }
        QVERIFY(!ec);
        files.sort();
        QCOMPARE(files, (QStringList{u"a.csv"_s, u"link_inside.csv"_s, u"out_and_back.csv"_s,
                                     u"relative_inside.csv"_s, u"sub/b.csv"_s}));
        QStringList warned;
        for (const Diagnostic& d : diag.items) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QVERIFY2(d.message.contains(u"not followed"_s), qPrintable(d.toString()));
            warned << QDir(QFile::decodeName(QByteArray::fromStdString(m_root.native())))
                          .relativeFilePath(d.file);
        }
        warned.sort();
        QCOMPARE(warned, (QStringList{u"dangling.csv"_s, u"dir_outside"_s, u"link_outside.csv"_s,
                                      u"loop_a"_s, u"loop_b"_s, u"prefix_sibling.csv"_s,
                                      u"relative_outside.csv"_s, u"sub/deep_outside.csv"_s}));
        for (const Diagnostic& d : diag.items)
            if (d.file.endsWith(u"link_outside.csv"_s))
                QVERIFY2(d.message.contains(u"elsewhere/secret.csv"_s), qPrintable(d.message));
    }
};

QTEST_GUILESS_MAIN(tst_PathContainment)
#include "tst_PathContainment.moc"
