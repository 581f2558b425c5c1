# SPDX-License-Identifier: GPL-3.0-or-later
# The embedded demo warehouse: 50 hosts x 14 days generated at build time by
# `opsight-cli simulate` and `anomaly scan` (deterministic, so no binary blob is
# committed).
# OPSIGHT_DEMO_WAREHOUSE names the file for the app, which compiles it in.

set(OPSIGHT_DEMO_WAREHOUSE "${CMAKE_BINARY_DIR}/demo/demo.opsight")
set(OPSIGHT_DEMO_WAREHOUSE "${OPSIGHT_DEMO_WAREHOUSE}" CACHE INTERNAL "The generated demo warehouse")

if(OPSIGHT_BUILD_DEMO)
  set(_demo_args --hosts 50 --days 14 --seed 42)
  add_custom_command(
    OUTPUT ${OPSIGHT_DEMO_WAREHOUSE}
    # Remove a stale file (and its WAL) first: simulate refuses to mix fleets,
    # and the output must be exactly this seed's.
    COMMAND ${CMAKE_COMMAND} -E rm -f ${OPSIGHT_DEMO_WAREHOUSE} ${OPSIGHT_DEMO_WAREHOUSE}-wal
            ${OPSIGHT_DEMO_WAREHOUSE}-shm
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/demo
    COMMAND $<TARGET_FILE:opsight-cli> simulate --db ${OPSIGHT_DEMO_WAREHOUSE} ${_demo_args}
    # The alerts an operator would have had: the timeline opens on them.
    COMMAND $<TARGET_FILE:opsight-cli> anomaly scan --db ${OPSIGHT_DEMO_WAREHOUSE}
    DEPENDS opsight-cli
    COMMENT "Generating the demo warehouse (50 hosts x 14 days, seed 42) and scanning it"
    VERBATIM)
  add_custom_target(demo_warehouse ALL DEPENDS ${OPSIGHT_DEMO_WAREHOUSE})
endif()
