# Runs one libFuzzer target for a bounded time as a ctest test (tests/CMakeLists.txt registers it):
#   cmake -DFUZZER=<binary> -DSEEDS=<committed corpus dir> -DWORK=<scratch dir> -DSECONDS=30 -DRUNS=2000000 -P run-fuzzer.cmake
# New inputs go to a fresh scratch corpus, never into the committed seeds. On a crash, leak, timeout or
# broken invariant the test fails and prints each saved input (size, hex) and the command that replays it.
foreach(variable FUZZER SEEDS WORK SECONDS RUNS)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "run-fuzzer.cmake: -D${variable}=... is required")
  endif()
endforeach()
if(NOT EXISTS "${FUZZER}")
  message(FATAL_ERROR "no fuzzer at ${FUZZER}: build the asan preset first (it sets TAKEDOWN_FUZZ=ON)")
endif()
file(GLOB seeds "${SEEDS}/*")
if(NOT seeds)
  message(FATAL_ERROR "no seed inputs in ${SEEDS}")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
execute_process(
  COMMAND "${FUZZER}" -max_total_time=${SECONDS} -runs=${RUNS} -max_len=16384 -timeout=20 -print_final_stats=1
          "-artifact_prefix=${WORK}/artifacts/" "${WORK}/corpus" "${SEEDS}"
  RESULT_VARIABLE exit_code)

file(GLOB artifacts "${WORK}/artifacts/*")
if(NOT exit_code EQUAL 0 OR artifacts)
  foreach(artifact IN LISTS artifacts)
    file(SIZE "${artifact}" size)
    file(READ "${artifact}" hex LIMIT 2048 HEX)
    message("---- ${artifact} (${size} bytes; first 2048 as hex):\n${hex}\nreplay: ${FUZZER} ${artifact}")
  endforeach()
  message(FATAL_ERROR "fuzzer ${FUZZER} failed (exit ${exit_code}); inputs above")
endif()
