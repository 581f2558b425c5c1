# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and Qt string hygiene, applied per target (see docs/STYLE notes in README).

function(opsight_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# For targets that never include qcustomplot.h (it uses `signals:` and `foreach`).
function(opsight_target_strict target)
  opsight_target_defaults(${target})
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_FOREACH)
endfunction()
