# CTest tests that run the built plancheck on real and small hand-made data
# and check its exit status exactly, its messages and its JSON. Included from
# tools/plancheck/CMakeLists.txt; a no-op when plancheck is not built.
if(NOT TARGET plancheck)
  return()
endif()

set(PLANCHECK_TEST_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(PLANCHECK_SHAPINGBA "${PROJECT_SOURCE_DIR}/examples/shapingba/data")
set(PLANCHECK_OUT "${CMAKE_CURRENT_BINARY_DIR}/plancheck_out")
file(MAKE_DIRECTORY "${PLANCHECK_OUT}")

# plancheck_test(NAME ARGS <a|b|c> EXIT <n> [STDOUT <re@@re>] [STDOUT_NOT <re@@re>]
#                [STDERR <re@@re>] [JSON_FILE <path>] [JSON <a/b=v@@a/b#=n>])
function(plancheck_test name)
  cmake_parse_arguments(T "" "ARGS;EXIT;STDOUT;STDOUT_NOT;STDERR;JSON_FILE;JSON" "" ${ARGN})
  add_test(NAME "plancheck.${name}"
           COMMAND "${CMAKE_COMMAND}" "-DPLANCHECK=$<TARGET_FILE:plancheck>" "-DARGS=${T_ARGS}"
                   "-DEXPECT_EXIT=${T_EXIT}" "-DSTDOUT_MATCHES=${T_STDOUT}" "-DSTDOUT_NOT_MATCHES=${T_STDOUT_NOT}"
                   "-DSTDERR_MATCHES=${T_STDERR}" "-DJSON_FILE=${T_JSON_FILE}" "-DJSON_EXPECT=${T_JSON}"
                   -P "${PLANCHECK_TEST_DIR}/run_plancheck.cmake")
  set_tests_properties("plancheck.${name}" PROPERTIES LABELS plancheck TIMEOUT 120)
endfunction()

# ---- the Shapingba report ----------------------------------------------------------
# Exit 0. Every target in figures.csv is for 2026 (79 target rows, all with
# period 2026), and the latest actual is 2025, the default as-of. A target whose
# period has not begun is pending, and pending is not "not achieved or behind",
# so no binding target is missed.
plancheck_test(shapingba.table
  ARGS "--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "As of: 2025@@binding targets met@@审计 Audit")

# As of 2026 the targets are due, but the file has no 2026 actual: every one
# is not assessable (no data), which is not a miss either. Exit 0.
plancheck_test(shapingba.as_of_2026
  ARGS "--as-of|2026|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "As of: 2026")

# JSON to a file: it parses. 79 target rows make 78 targets, because the two
# 2026 conditions on bonded import/export (above 120 亿元, growth of 50% or
# more) share an indicator and a period and form one compound target.
plancheck_test(shapingba.json
  ARGS "--format|json|--output|${PLANCHECK_OUT}/shapingba.json|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/shapingba.json"
  JSON "as_of=2025@@summary/assessments=78@@assessments#=78@@summary/binding_targets_met=ON")

plancheck_test(shapingba.markdown
  ARGS "--format|markdown|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "^# @@## 审计 Audit")

plancheck_test(shapingba.html
  ARGS "--format|html|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "^<!DOCTYPE html>@@</html>")

plancheck_test(shapingba.csv
  ARGS "--format|csv|--no-audit|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "^id,indicator,"
  STDOUT_NOT "审计")

# --no-audit leaves the audit out.
plancheck_test(shapingba.no_audit
  ARGS "--no-audit|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT_NOT "审计 Audit")

# No indicator of the report has two yearly actuals (all are 2025): the
# progress section says so.
plancheck_test(shapingba.progress
  ARGS "--progress|open-sdg|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "Progress \\(open-sdg\\)@@no indicator has two or more yearly observations")

# ---- a binding target missed -----------------------------------------------------------
# binding_missed.csv: 12 safety accidents in 2025 against "10件以内" for 2025.
# 以内 is a binding word by default, 12 > 10 at the deadline: not achieved. Exit 1.
plancheck_test(binding_missed
  ARGS "${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 1
  STDOUT "未完成 not achieved@@binding targets missed")

# The same two figures as JSON, with a relation: same verdict, exit 1.
plancheck_test(binding_missed.json_input
  ARGS "--format|json|--output|${PLANCHECK_OUT}/binding_missed.json|${PLANCHECK_TEST_DIR}/binding_missed.json"
  EXIT 1
  JSON_FILE "${PLANCHECK_OUT}/binding_missed.json"
  JSON "summary/binding/not_achieved=1@@summary/binding_targets_met=OFF")

# With 以内 not among the binding words the missed target is anticipatory: exit 0.
plancheck_test(binding_words_override
  ARGS "--binding-words|不低于,动态清零|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 0
  STDOUT "binding targets met")

plancheck_test(binding_words_unknown
  ARGS "--binding-words|大概|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--binding-words: unknown comparator word '大概'")

# ---- bad input: exit 2, the error at file:line:column, nothing evaluated -------------------
# bad_unit.csv line 3: the unit 万任 starts at byte column 89 (the 88 bytes
# before it: "jobs.oops.2025,urban_jobs,1.2," 30, "城镇新增就业," 19,
# "New urban jobs,actual,2024,level,=,3.4," 39).
plancheck_test(bad_unit
  ARGS "${PLANCHECK_TEST_DIR}/bad_unit.csv"
  EXIT 2
  STDERR "bad_unit\\.csv:3:89: unknown unit: '万任'@@1 error in the input; nothing evaluated"
  STDOUT_NOT ".")

# gbk.csv: the Shapingba GDP row saved as GBK. Its first Chinese byte follows
# "gdp.level.2025,gdp,1.0," (23 bytes) on line 2: column 24.
plancheck_test(gbk_file
  ARGS "${PLANCHECK_TEST_DIR}/gbk.csv"
  EXIT 2
  STDERR "gbk\\.csv:2:24: file is not UTF-8; it looks GBK-encoded")

plancheck_test(missing_file
  ARGS "${PLANCHECK_TEST_DIR}/no_such_file.csv"
  EXIT 2
  STDERR "no_such_file\\.csv: cannot open file")

# The Shapingba relations name figures binding_missed.csv does not have; the
# first, on line 2, is the sum's result after "sum.key_projects.level.2025,sum," (32 bytes).
plancheck_test(relations_unknown_figure
  ARGS "--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "relations\\.csv:2:33: relation names an unknown figure id: 'key_projects\\.level\\.2025'")

plancheck_test(bad_format
  ARGS "--format|xml|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--format")

plancheck_test(bad_as_of
  ARGS "--as-of|2025Q5|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--as-of: quarter must be Q1 to Q4")

plancheck_test(progress_with_csv
  ARGS "--progress|escap|--format|csv|${PLANCHECK_TEST_DIR}/progress.csv"
  EXIT 2
  STDERR "--progress cannot go with --format csv")

# ---- progress methods ---------------------------------------------------------------------
# progress.csv: output 100, 102.5, 105, 107.5, 110 亿元 in 2021..2025, target
# 120 亿元 or more in 2030.
# Open SDG: CAGR observed (110/100)^(1/4) - 1 = 0.02411; required
# (120/100)^(1/9) - 1 = 0.02046; R = 1.178 >= 0.95: substantial progress.
plancheck_test(progress.open_sdg
  ARGS "--progress|open-sdg|${PLANCHECK_TEST_DIR}/progress.csv"
  EXIT 0
  STDOUT "产值 +substantial_progress +2021-2025 +110 +120@2030 +R = 1\\.178")
# ESCAP: the series is a straight line (2.5 a year), so any weighted
# regression has slope 2.5: 110 + 5 x 2.5 = 122.5 in 2030 >= 120: on track.
plancheck_test(progress.escap
  ARGS "--progress|escap|--format|json|--output|${PLANCHECK_OUT}/progress_escap.json|${PLANCHECK_TEST_DIR}/progress.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/progress_escap.json"
  JSON "progress/method=escap@@progress/indicators#=1@@progress/indicators/0/category=on_track@@progress/indicators/0/target_year=2030")
# German: no 2020 value, so the 4-year window 2021..2025: growth 0.02411 a
# year; 110 x 1.02411^5 = 123.9 in 2030, past 120: sunny.
plancheck_test(progress.german
  ARGS "--progress|german|--format|markdown|${PLANCHECK_TEST_DIR}/progress.csv"
  EXIT 0
  STDOUT "\\| 产值 \\| sunny \\| 2021-2025 \\| 110 \\| 120 \\(2030\\) \\| projected 123\\.9")

# ---- --help: every option and both file formats ------------------------------------------------
plancheck_test(help
  ARGS "--help"
  EXIT 0
  STDOUT "--relations@@--as-of@@--format@@--output@@--audit@@--no-audit@@--progress@@--among-top@@--band@@--binding-words@@FIGURES CSV@@RELATIONS CSV@@JSON:@@EXIT STATUS@@居前列@@动态清零@@亿元@@growth_levels@@completion")

# ---- --version: the project() version, through the generated version.hpp ------------------
string(REPLACE "." "\\." plancheck_version_re "${PROJECT_VERSION}")
plancheck_test(version
  ARGS "--version"
  EXIT 0
  STDOUT "^plancheck ${plancheck_version_re}\n$")
