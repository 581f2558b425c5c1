// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <exception>

namespace Opsight::Core {

// The message for an exception core did not raise itself (bad_alloc, ...).
QString unexpectedFailure(const std::exception &e);

// Runs a job's work and turns whatever it throws into the result: `cancelled`
// and the message for a cancel, the message for an Error. Jobs report by value
// and never let an exception cross a thread; a transaction opened inside `work`
// has rolled back by the time this returns. Sets `ok` when work completes.
template<typename Result, typename Work>
void runAtJobBoundary(Result &result, Work &&work)
{
    try {
        work();
        result.ok = true;
    } catch (const Cancelled &e) {
        result.cancelled = true;
        result.error = e.message();
    } catch (const Error &e) {
        result.error = e.message();
    } catch (const std::exception &e) {
        result.error = unexpectedFailure(e);
    }
}

} // namespace Opsight::Core
