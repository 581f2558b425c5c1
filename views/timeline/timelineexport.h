// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"

#include <QString>

#include <map>

class QIODevice;

namespace Opsight::Views {

// Writes what the timeline shows as CSV, one row per plotted point:
// `panel,series,time,mean,min,max,samples,anomaly_score`. Times are RFC 3339
// UTC; the score is the highest of the time the row stands for (up to the next
// row), else the latest before it (empty when none was computed). Returns false
// and sets `error` when the device fails.
bool writeTimelineCsv(QIODevice &device, const PanelData &data,
                      const std::map<Core::SeriesId, SeriesScores> &scores, QString *error = nullptr);

// An export's file, whole or not at all (QSaveFile): a failed write leaves no
// truncated file behind, and `error` names the file and the reason.
bool saveWhole(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace Opsight::Views
