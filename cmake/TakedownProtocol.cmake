# protocol/protocol.json -> <build>/generated/takedown/protocol.hpp and <build>/generated/protocol.js
set(TAKEDOWN_PROTOCOL_JSON "${PROJECT_SOURCE_DIR}/protocol/protocol.json")
set(TAKEDOWN_GENERATED_DIR "${CMAKE_BINARY_DIR}/generated")
set(TAKEDOWN_PROTOCOL_HPP "${TAKEDOWN_GENERATED_DIR}/takedown/protocol.hpp")
set(TAKEDOWN_PROTOCOL_JS "${TAKEDOWN_GENERATED_DIR}/protocol.js")
add_custom_command(
  OUTPUT "${TAKEDOWN_PROTOCOL_HPP}" "${TAKEDOWN_PROTOCOL_JS}"
  COMMAND "${CMAKE_COMMAND}" -DPROTOCOL_JSON=${TAKEDOWN_PROTOCOL_JSON} -DOUT_HPP=${TAKEDOWN_PROTOCOL_HPP}
          -DOUT_JS=${TAKEDOWN_PROTOCOL_JS} -DVERSION=${PROJECT_VERSION} -P "${PROJECT_SOURCE_DIR}/protocol/generate.cmake"
  DEPENDS "${TAKEDOWN_PROTOCOL_JSON}" "${PROJECT_SOURCE_DIR}/protocol/generate.cmake"
  COMMENT "Generating the protocol for C++ and JS")
add_custom_target(takedown_protocol DEPENDS "${TAKEDOWN_PROTOCOL_HPP}" "${TAKEDOWN_PROTOCOL_JS}")
add_library(takedown_protocol_headers INTERFACE)
add_dependencies(takedown_protocol_headers takedown_protocol)
target_include_directories(takedown_protocol_headers INTERFACE "$<BUILD_INTERFACE:${TAKEDOWN_GENERATED_DIR}>")
add_library(takedown::protocol ALIAS takedown_protocol_headers)
