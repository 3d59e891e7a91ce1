// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for tst_SafeOutput::killedMidWriteKeepsTheOldFile: writes PATH through the CLI's
// atomic path (ee::writeFileAtomically, QSaveFile) over and over, MIB mebibytes of 'N' each
// time, until it is killed.
#include "io/AtomicFile.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QByteArray data(qsizetype(QByteArray(argv[2]).toLongLong()) << 20, 'N');
    QTextStream out(stdout);
    for (;;) {
        out << "writing\n";
        out.flush(); // the test kills the process shortly after reading this
        QString error;
        if (!ee::writeFileAtomically(path, data, &error)) {
            QTextStream(stderr) << error << "\n";
            return 1;
        }
    }
}
