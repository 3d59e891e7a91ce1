// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ViewState.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <functional>

namespace ee::ui {

/// \brief Undo and redo of view changes (Edit → Undo, Ctrl+Z; Redo, Ctrl+Shift+Z): the chart's
/// task, metric, shots, prompting, x axis, y axis, zoom, side-by-side metrics and family filter,
/// as snapshots of the chart part of a ViewState (the same names a session saves).
///
/// noteChange() may be called as often as anything changes: it records at most one step per
/// turn of the event loop, and none when the view is the one recorded last, so a task switch
/// that also resets the zoom is one step. Steps are applied through the window's own session
/// code, by name, so an undone task that is gone reports itself as a saved view would.
class ViewHistory : public QObject {
    Q_OBJECT
public:
    using Capture = std::function<ViewState()>;
    using Apply = std::function<void(const ViewState&)>;

    /// \brief `capture` returns the view as it is; `apply` puts a captured one back.
    ViewHistory(Capture capture, Apply apply, QObject* parent = nullptr);

    /// \brief Something in the view may have changed: records a step (soon, once).
    void noteChange();
    /// \brief Forgets every step; the view as it is now becomes the start (new data).
    void reset();
    QUndoStack* stack() { return &m_stack; }

    /// \brief What changed from `before` to `after`, for the Edit menu ("Undo metric acc").
    static QString describe(const ViewState& before, const ViewState& after);

private:
    friend class ViewStep;
    void record();
    void applyStep(const ViewState& state);

    Capture m_capture;
    Apply m_apply;
    QUndoStack m_stack;
    QTimer m_pending;
    ViewState m_last;
    bool m_applying = false;
};

} // namespace ee::ui
