// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace Opsight::Views {

// The threads views run warehouse reads and core jobs on. Not Qt's global pool:
// the raster paint engine splits large fills into tasks on the global pool and
// waits for them on the GUI thread, so a global pool busy with a long read
// would freeze painting until the read ends (measured: 1.6 s on a 2-core box).
QThreadPool *workerPool();

} // namespace Opsight::Views
