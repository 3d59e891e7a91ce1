// SPDX-License-Identifier: GPL-3.0-or-later
// Figure specs (FigureSpec::fromJson + validate + toJson), the JSON a user saves and shares.
#include "FuzzInput.h"
#include "figure/FigureSpec.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonDocument doc = QJsonDocument::fromJson(ee::fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    QString error;
    const auto spec = ee::FigureSpec::fromJson(doc.object(), &error);
    if (spec) {
        (void)spec->validate();
        (void)ee::FigureSpec::fromJson(spec->toJson(), &error);
    }
    return 0;
}
