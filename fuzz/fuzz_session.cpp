// SPDX-License-Identifier: GPL-3.0-or-later
// Session files (ui/session/ViewState: loadSession + ViewState::fromJson/toJson), which users
// save, send to each other and reopen. ViewState.cpp and ChartSelection.cpp use QtCore only, so
// fuzz/CMakeLists.txt compiles those two files into this target without the GUI library.
//
// Oracle beyond "no crash": whatever a file loads as must survive a save/load round trip, i.e.
// toJson() of the loaded state loads again and writes the same JSON (a session that changes on
// every save would drift away from what the user saw).
#include "FuzzInput.h"
#include "session/ViewState.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path =
        ee::fuzz::scratchFile(ee::fuzz::bytes(data, size), QStringLiteral("session.json"));
    QString error;
    const auto state = ee::ui::loadSession(path, &error);
    if (!state) {
        if (error.isEmpty()) {
            std::fputs("loadSession failed without an error message\n", stderr);
            std::abort();
        }
        return 0;
    }
    const QJsonObject saved = state->toJson();
    const auto again = ee::ui::ViewState::fromJson(saved, &error);
    if (!again || again->toJson() != saved) {
        std::fprintf(stderr, "session round trip changed the file:\n%s\n",
                     QJsonDocument(saved).toJson().constData());
        std::abort();
    }
    return 0;
}
