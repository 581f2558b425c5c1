// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspans.h"

namespace Opsight::Views {

TextSpans parameterSpans(const QString &content, const QStringList &parameters)
{
    TextSpans spans;
    qsizetype from = 0;
    for (const QString &parameter : parameters) {
        if (parameter.isEmpty())
            continue;
        const qsizetype at = content.indexOf(parameter, from);
        if (at < 0)
            continue;
        spans.append(QPoint(int(at), int(parameter.size())));
        from = at + parameter.size();
    }
    return spans;
}

TextSpans wildcardSpans(const QString &templateText)
{
    TextSpans spans;
    static const QString wildcard = QStringLiteral("<*>");
    for (qsizetype at = templateText.indexOf(wildcard); at >= 0; at = templateText.indexOf(wildcard, at + 3))
        spans.append(QPoint(int(at), 3));
    return spans;
}

} // namespace Opsight::Views
