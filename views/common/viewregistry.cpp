// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewregistry.h"

#include <algorithm>

namespace Opsight::Views {

void ViewRegistry::add(ViewDescriptor descriptor)
{
    Q_ASSERT(!descriptor.id.isEmpty());
    Q_ASSERT(descriptor.factory);
    Q_ASSERT(!find(descriptor.id));
    m_views.push_back(std::move(descriptor));
}

const ViewDescriptor *ViewRegistry::find(const QString &id) const
{
    const auto it = std::find_if(m_views.begin(), m_views.end(),
                                 [&id](const ViewDescriptor &view) { return view.id == id; });
    return it == m_views.end() ? nullptr : &*it;
}

} // namespace Opsight::Views
