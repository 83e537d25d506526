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
#                [STDERR <re@@re>] [JSON_FILE <path>] [JSON <a/b=v@@a/b#=n>] [STDIN_FILE <path>])
# In ARGS, @EMPTY@ is an empty argument.
function(plancheck_test name)
  cmake_parse_arguments(T "" "ARGS;EXIT;STDOUT;STDOUT_NOT;STDERR;JSON_FILE;JSON;STDIN_FILE" "" ${ARGN})
  add_test(NAME "plancheck.${name}"
           COMMAND "${CMAKE_COMMAND}" "-DPLANCHECK=$<TARGET_FILE:plancheck>" "-DARGS=${T_ARGS}"
                   "-DEXPECT_EXIT=${T_EXIT}" "-DSTDOUT_MATCHES=${T_STDOUT}" "-DSTDOUT_NOT_MATCHES=${T_STDOUT_NOT}"
                   "-DSTDERR_MATCHES=${T_STDERR}" "-DJSON_FILE=${T_JSON_FILE}" "-DJSON_EXPECT=${T_JSON}"
                   "-DSTDIN_FILE=${T_STDIN_FILE}"
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

# The report a reader wants: what stands out first (nine targets below the
# last actual, from the audit's target_vs_actual relations), then the 2025
# results section by section under the titles of the report's headings.
plancheck_test(shapingba.table_results
  ARGS "--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "实际 189 项 results@@要点 What stands out@@目标低于上年实际 Targets below the last actual: 9@@结果 Results by section@@1.1.1 成渝地区双城经济圈主阵地建设纵深推进 \\(2025年国民经济和社会发展计划执行情况 › 推动国家战略落实落地，城市发展能级不断提升\\)")

# As of 2026 the targets are due, but the file has no 2026 actual: every one
# is not assessable (no data). Not a miss, but not met either: exit 3 (was 0,
# with "binding targets met", before not assessable was counted apart).
plancheck_test(shapingba.as_of_2026
  ARGS "--as-of|2026|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 3
  STDOUT "As of: 2026@@binding targets not assessable, none missed · 无法评估 4 项 · 4 not assessable"
  STDOUT_NOT "binding targets met")

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

# --title names the report in every format that prints a title; empty is a usage error.
plancheck_test(title.table
  ARGS "--title|沙坪坝区2025年计划执行评估|--no-audit|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "^沙坪坝区2025年计划执行评估\n"
  STDOUT_NOT "Plan target assessment")
plancheck_test(title.html
  ARGS "--format|html|--title|A <title> & more|--no-audit|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "<title>A &lt;title&gt; &amp; more</title>"
  STDOUT_NOT "Plan target assessment")
plancheck_test(title.json
  ARGS "--format|json|--output|${PLANCHECK_OUT}/title.json|--title|Ti|--no-audit|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/title.json"
  JSON "title=Ti")
plancheck_test(title.empty
  ARGS "--title|@EMPTY@|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 2
  STDERR "--title: must not be empty")

# --fail-on-audit: exit 4 when the audit has a finding that severe or worse and
# no binding target is missed. audit_error.csv: a total of 10 亿元 over parts of
# 3 and 4 亿元, beyond rounding (an error). Shapingba: no error, 12 warnings.
plancheck_test(fail_on_audit.error
  ARGS "--fail-on-audit|error|--relations|${PLANCHECK_TEST_DIR}/audit_error_relations.csv|${PLANCHECK_TEST_DIR}/audit_error.csv"
  EXIT 4)
plancheck_test(fail_on_audit.none_given
  ARGS "--relations|${PLANCHECK_TEST_DIR}/audit_error_relations.csv|${PLANCHECK_TEST_DIR}/audit_error.csv"
  EXIT 0)
plancheck_test(fail_on_audit.shapingba_error
  ARGS "--fail-on-audit|error|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0)
plancheck_test(fail_on_audit.shapingba_warning
  ARGS "--fail-on-audit|warning|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 4)
plancheck_test(fail_on_audit.note_refused
  ARGS "--fail-on-audit|note|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 2
  STDERR "--fail-on-audit")
plancheck_test(fail_on_audit.without_audit
  ARGS "--fail-on-audit|error|--no-audit|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 2
  STDERR "needs the audit")
# A missed binding target stays exit 1 with an audit finding.
plancheck_test(fail_on_audit.miss_comes_first
  ARGS "--fail-on-audit|warning|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 1)

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

# ---- relation discovery ----------------------------------------------------------------
# The figures alone: discovery proposes 66 relations (docs/audit.md), written
# as a relations table; the default audit checks them and says so.
plancheck_test(relations.table
  ARGS "relations|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "^id,kind,result,operands,note@@sum.key_projects.level.2025,sum,key_projects.level.2025,key_projects_completed.level.2025\\+key_projects_under_construction.level.2025\\+key_projects_preparation.level.2025,")

plancheck_test(relations.discovered_by_default
  ARGS "${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "审计 Audit"
  STDERR "the audit checks 0 given and 66 discovered relations")

# Given relations override: the 51 of relations.csv, and discovery adds only
# what they do not check: the 19 lists of counts (A等N个).
plancheck_test(relations.given_override
  ARGS "--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDERR "the audit checks 51 given and 19 discovered relations")

# ---- about-bands (docs/explanation/comparators.md) ----------------------------------------
# 6.3 against 增长6.5%左右: inside the default band of ±0.5 points (achieved);
# outside a band of ±0.1 points given for the run (6.3 < 6.4: not achieved).
plancheck_test(about.default_band
  ARGS "--format|json|--output|${PLANCHECK_OUT}/about_default.json|${PLANCHECK_TEST_DIR}/about_growth.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/about_default.json"
  JSON "assessments/0/verdict=achieved@@assessments/0/target/conditions/0/band/default=ON")

plancheck_test(about.run_band
  ARGS "--about-points|0.1|--format|json|--output|${PLANCHECK_OUT}/about_run.json|${PLANCHECK_TEST_DIR}/about_growth.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/about_run.json"
  JSON "assessments/0/verdict=not_achieved@@assessments/0/target/conditions/0/verdict=not_achieved")

plancheck_test(about.negative_band
  ARGS "--about-points|-1|${PLANCHECK_TEST_DIR}/about_growth.csv"
  EXIT 2)

# ---- a report's text: extraction (docs/extraction.md) ---------------------------------
# The figure book from the Shapingba report's text alone: the header of the
# figures table, then rows; plancheck on the text extracts and evaluates.
plancheck_test(extract.shapingba_text
  ARGS "extract|${PLANCHECK_SHAPINGBA}/report.txt"
  EXIT 0
  STDOUT "^id,indicator,section,section_title,name_zh,name_en,role,period,measure,comparator,value,unit@@,target,2026,@@,1.1.1,2025年国民经济和社会发展计划执行情况 › 推动国家战略落实落地，城市发展能级不断提升 › 成渝地区双城经济圈主阵地建设纵深推进,")

plancheck_test(extract.shapingba_evaluated
  ARGS "${PLANCHECK_SHAPINGBA}/report.txt"
  EXIT 0
  STDOUT "As of: 2025@@审计 Audit")

# A text with no figures: the empty table and a message, exit 0; evaluating
# that empty book is bad input, exit 2.
plancheck_test(extract.no_figures
  ARGS "extract|${PLANCHECK_TEST_DIR}/empty_report.txt"
  EXIT 0
  STDOUT "^id,indicator,section"
  STDERR "no figures")

plancheck_test(extract.no_figures_evaluated
  ARGS "${PLANCHECK_TEST_DIR}/empty_report.txt"
  EXIT 2)

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

# ---- a binding target not assessable ---------------------------------------------------
# binding_unassessable.csv: the accidents target "10件以内" (binding) is due in
# 2025 but the only actual is for 2024; the jobs target is met. As of 2025
# (the latest actual) the binding target is not assessable (no data): not a
# miss, never "met". Exit 3; --unassessable-ok makes it 0, and the report
# still says so.
plancheck_test(binding_unassessable
  ARGS "${PLANCHECK_TEST_DIR}/binding_unassessable.csv"
  EXIT 3
  STDOUT "无法评估 not assessable: no data@@有约束性目标无法评估 · binding targets not assessable, none missed · 无法评估 1 项 · 1 not assessable"
  STDOUT_NOT "binding targets met")
plancheck_test(binding_unassessable.ok
  ARGS "--unassessable-ok|${PLANCHECK_TEST_DIR}/binding_unassessable.csv"
  EXIT 0
  STDOUT "binding targets not assessable, none missed")
plancheck_test(binding_unassessable.json
  ARGS "--format|json|--output|${PLANCHECK_OUT}/binding_unassessable.json|${PLANCHECK_TEST_DIR}/binding_unassessable.csv"
  EXIT 3
  JSON_FILE "${PLANCHECK_OUT}/binding_unassessable.json"
  JSON "summary/binding_targets_met=OFF@@summary/binding_status=not_assessable@@summary/binding_not_assessable=1@@summary/binding/not_assessable=1")
plancheck_test(binding_unassessable.markdown
  ARGS "--format|markdown|${PLANCHECK_TEST_DIR}/binding_unassessable.csv"
  EXIT 3
  STDOUT "\\*\\*有约束性目标无法评估 · binding targets not assessable, none missed · 无法评估 1 项 · 1 not assessable\\*\\*")
plancheck_test(binding_unassessable.html
  ARGS "--format|html|${PLANCHECK_TEST_DIR}/binding_unassessable.csv"
  EXIT 3
  STDOUT "<p class=\"status unknown\">有约束性目标无法评估 · binding targets not assessable, none missed · 无法评估 1 项")
# A miss wins over a target that cannot be assessed: exit 1, both counted.
plancheck_test(binding_missed_and_unassessable
  ARGS "--unassessable-ok|${PLANCHECK_TEST_DIR}/binding_missed_unassessable.csv"
  EXIT 1
  STDOUT "binding targets missed or behind · 无法评估 1 项 · 1 not assessable")
plancheck_test(binding_missed_and_unassessable.strict
  ARGS "${PLANCHECK_TEST_DIR}/binding_missed_unassessable.csv"
  EXIT 1
  STDOUT "binding targets missed or behind")

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
  STDERR "gbk\\.csv:2:24: file is not UTF-8; it reads as GBK or as Big5: convert it with iconv -f GBK")

# big5.csv: 沙坪壩 and 萬人 in Big5; 沙 A846 and 坪 A957 have trail bytes
# below 0xA1, outside GB2312: Big5 alone is named. Before: "looks GBK-encoded".
# The first byte that is not UTF-8 follows "jobs.2025,jobs,1.0," (19 bytes).
plancheck_test(big5_file
  ARGS "${PLANCHECK_TEST_DIR}/big5.csv"
  EXIT 2
  STDERR "big5\\.csv:2:20: file is not UTF-8; it looks Big5-encoded: convert it with iconv -f BIG5 -t UTF-8")

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

# ---- figures that parse but contradict each other (validate.hpp): exit 2 ------------------
# Each of these was evaluated before, most with exit 0. The error is at the
# figure's row (column 1: its id) or at the offending character.

# A binding target in 万人 on an indicator in 万人次: was "not assessable", exit 0.
plancheck_test(semantic.unit_mismatch
  ARGS "${PLANCHECK_TEST_DIR}/unit_mismatch.csv"
  EXIT 2
  STDERR "unit_mismatch\\.csv:3:1: figure visits\\.target\\.2025 is in 万人, but indicator tourist_visits is in 万人次@@1 error in the input; nothing evaluated"
  STDOUT_NOT ".")

# A no-break space after the target's indicator id (byte 17 of the cell, which
# starts at column 23 after "accidents.target.2025,"): was "no data", exit 0.
plancheck_test(semantic.nbsp_indicator
  ARGS "${PLANCHECK_TEST_DIR}/nbsp_indicator.csv"
  EXIT 2
  STDERR "nbsp_indicator\\.csv:3:39: indicator id contains a no-break space \\(U\\+00A0\\) at byte 17"
  STDOUT_NOT ".")

# 2025 and 2025-01..2025-12 with 905.6 and 950.6 亿元: two actuals, one
# silently chosen. Now both figures and both lines are named.
plancheck_test(semantic.same_months_disagree
  ARGS "${PLANCHECK_TEST_DIR}/same_months.csv"
  EXIT 2
  STDERR "same_months\\.csv:3:1: figures gdp\\.level\\.2025 \\([^)]*same_months\\.csv:2\\) and gdp\\.ytd\\.2025 \\([^)]*same_months\\.csv:3\\) are two actuals of gdp for the same months"
  STDOUT_NOT ".")

# 905.6 and 905.62 agree within rounding: one observation, the first kept and
# said so; 905.6 against 不低于 930 (binding) is missed: exit 1.
plancheck_test(semantic.same_months_agree
  ARGS "${PLANCHECK_TEST_DIR}/same_months_agree.csv"
  EXIT 1
  STDERR "same_months_agree\\.csv:3:1: note: figures gdp\\.level\\.2025 .* agree within rounding\\): gdp\\.level\\.2025 is kept"
  STDOUT "未完成 not achieved")

# A binding share target in 亿元: was not assessable, exit 0.
plancheck_test(semantic.share_in_yi_yuan
  ARGS "${PLANCHECK_TEST_DIR}/share_in_yi_yuan.csv"
  EXIT 2
  STDERR "share_in_yi_yuan\\.csv:3:1: figure share\\.target\\.2025: a share is measured in %, not in 亿元")

# The same in JSON: located by the figure's JSON pointer.
plancheck_test(semantic.share_in_yi_yuan_json
  ARGS "${PLANCHECK_TEST_DIR}/share_in_yi_yuan.json"
  EXIT 2
  STDERR "share_in_yi_yuan\\.json: /figures/1: figure share\\.target\\.2025: a share is measured in %, not in 亿元")

# 不低于 1 亿元 and 以内 5000 万元 on one target.
plancheck_test(semantic.contradictory
  ARGS "${PLANCHECK_TEST_DIR}/contradictory.csv"
  EXIT 2
  STDERR "contradictory\\.csv:4:1: figure debt\\.cap\\.2026 \\(以内 5000 万元\\) contradicts figure debt\\.floor\\.2026")

# A quarter that its three months contradict (30 against 35 亿元): located, exit 2.
plancheck_test(semantic.quarter_and_months
  ARGS "${PLANCHECK_TEST_DIR}/quarter_and_months.csv"
  EXIT 2
  STDERR "quarter_and_months\\.csv:5:1: figure inv\\.q1 .*disagrees beyond rounding with the sum of its 3 parts, 30 亿元")

# Rank 1.5, 居第 on a money level, 居前列 with a value, 动态清零 with 5.
plancheck_test(semantic.rank_words
  ARGS "${PLANCHECK_TEST_DIR}/rank_words.csv"
  EXIT 2
  STDERR "rank_words\\.csv:2:1: figure rank\\.a\\.2025: a rank is a positive whole number, not 1\\.5@@rank_words\\.csv:3:1: figure money\\.a\\.2025: 居第 states a rank@@rank_words\\.csv:4:1: figure top\\.a\\.2025: 居前列 \\(among the top\\) takes no value@@rank_words\\.csv:5:1: figure zero\\.a\\.2025: 动态清零 \\(dynamic zero\\) takes the value 0, found 5@@4 errors in the input")

# A header and no figures; an empty JSON document: was an empty report, exit 0.
plancheck_test(semantic.no_figures
  ARGS "${PLANCHECK_TEST_DIR}/no_figures.csv"
  EXIT 2
  STDERR "no_figures\\.csv: no figures in the input: nothing to evaluate"
  STDOUT_NOT ".")
plancheck_test(semantic.empty_json
  ARGS "${PLANCHECK_TEST_DIR}/empty.json"
  EXIT 2
  STDERR "empty\\.json: no figures in the input: nothing to evaluate"
  STDOUT_NOT ".")

# Relations: a cycle of sums, a sum on itself, a growth relation on a level
# (10 亿元 read as 10 %). All exited 0.
plancheck_test(semantic.relation_cycle
  ARGS "--relations|${PLANCHECK_TEST_DIR}/cycle_relations.csv|${PLANCHECK_TEST_DIR}/relation_figures.csv"
  EXIT 2
  STDERR "cycle_relations\\.csv:3:1: relations sum\\.a, sum\\.b form a cycle: a\\.level\\.2025 -> b\\.level\\.2025 -> a\\.level\\.2025")
plancheck_test(semantic.relation_on_itself
  ARGS "--relations|${PLANCHECK_TEST_DIR}/self_relation.csv|${PLANCHECK_TEST_DIR}/relation_figures.csv"
  EXIT 2
  STDERR "self_relation\\.csv:2:1: relation self\\.a names its result a\\.level\\.2025 as an operand")
plancheck_test(semantic.growth_of_a_level
  ARGS "--relations|${PLANCHECK_TEST_DIR}/growth_of_level_relations.csv|${PLANCHECK_TEST_DIR}/relation_figures.csv"
  EXIT 2
  STDERR "growth_of_level_relations\\.csv:2:1: relation growth\\.a: the result of a growth relation is a growth in %, but figure a\\.level\\.2025 \\([^)]*relation_figures\\.csv:2\\) is a level in 亿元")

# -5 人 against 不低于 -10 人: exceeded, but no completion (was 50 %).
plancheck_test(semantic.negative_plan
  ARGS "--format|json|--output|${PLANCHECK_OUT}/negative_plan.json|--no-audit|${PLANCHECK_TEST_DIR}/negative_plan.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/negative_plan.json"
  JSON "assessments/0/verdict=exceeded@@assessments/0/completion_reason=not_applicable")

# ---- options validated: usage errors, exit 2, nothing read ---------------------------------
# Before: NaN passed CLI11's range check (every comparison with NaN is false)
# and made a target 45.8 points behind schedule "on schedule".
plancheck_test(band_nan
  ARGS "--band|nan|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--band: must be a finite number, got 'nan'"
  STDOUT_NOT ".")
plancheck_test(band_infinite
  ARGS "--band|inf|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--band: must be a finite number, got 'inf'")
plancheck_test(band_negative
  ARGS "--band|-1|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--band: must be 0 or more, got -1")
# Before: "Value 0 not in range 0.000000 to 1797693…" (DBL_MAX in full).
plancheck_test(among_top_zero
  ARGS "--among-top|0|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--among-top: must be a whole number 1 or more, got 0")
plancheck_test(among_top_fraction
  ARGS "--among-top|1.5|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--among-top: not a whole number: '1.5'")
# Before: an empty --as-of, --relations or --output was ignored.
plancheck_test(as_of_empty
  ARGS "--as-of|@EMPTY@|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--as-of: must not be empty")
plancheck_test(relations_empty
  ARGS "--relations|@EMPTY@|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--relations: must not be empty")
plancheck_test(output_empty
  ARGS "--output|@EMPTY@|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--output: must not be empty")
plancheck_test(file_empty
  ARGS "@EMPTY@"
  EXIT 2
  STDERR "FILE: must not be empty")
# Before: the report overwrote its own input. Another spelling of the path
# (a ./ and a ..) is the same file.
file(COPY "${PLANCHECK_TEST_DIR}/binding_missed.csv" DESTINATION "${PLANCHECK_OUT}/own_input")
plancheck_test(output_names_an_input
  ARGS "--output|${PLANCHECK_OUT}/own_input/../own_input/./binding_missed.csv|${PLANCHECK_OUT}/own_input/binding_missed.csv"
  EXIT 2
  STDERR "names the input file .*binding_missed\\.csv', which it would overwrite")
plancheck_test(max_input_size_exceeded
  ARGS "--max-input-size|100|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "binding_missed\\.csv: file is larger than the input size limit of 100 bytes")
plancheck_test(max_input_size_with_suffix
  ARGS "--max-input-size|1KiB|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 2
  STDERR "input size limit of 1 KiB \\(1024 bytes\\)")
plancheck_test(max_input_size_zero
  ARGS "--max-input-size|0|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "--max-input-size: must be more than 0 bytes")
# Before: "cannot write '/nonexistent/dir/x.html'" and no reason.
plancheck_test(output_reason
  ARGS "--output|/nonexistent/dir/x.html|${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "cannot write '/nonexistent/dir/x\\.html': No such file or directory")

# ---- files read safely ----------------------------------------------------------------------
# Standard input, explicitly, as '-': the same verdict as the file (exit 1).
plancheck_test(stdin_csv
  ARGS "--input-format|csv|-"
  STDIN_FILE "${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 1
  STDOUT "未完成 not achieved@@binding targets missed")
plancheck_test(stdin_json
  ARGS "--input-format|json|-"
  STDIN_FILE "${PLANCHECK_TEST_DIR}/binding_missed.json"
  EXIT 1
  STDOUT "binding targets missed")
plancheck_test(stdin_without_format
  ARGS "-"
  STDIN_FILE "${PLANCHECK_TEST_DIR}/binding_missed.csv"
  EXIT 2
  STDERR "standard input \\('-'\\) needs --input-format csv or json")
plancheck_test(stdin_twice
  ARGS "--input-format|csv|--relations|-|-"
  EXIT 2
  STDERR "standard input \\('-'\\) can be read only once")
# Before: basic_filebuf::underflow as an internal error, without the name.
file(MAKE_DIRECTORY "${PLANCHECK_OUT}/a_directory.csv")
plancheck_test(directory_input
  ARGS "${PLANCHECK_OUT}/a_directory.csv"
  EXIT 2
  STDERR "a_directory\\.csv: cannot read a directory, only a regular file")
# Before: read without end (4.7 GB in 10 s through a link to it).
plancheck_test(device_input
  ARGS "/dev/zero"
  EXIT 2
  STDERR "/dev/zero: cannot read a character device, only a regular file \\(to read standard input, give '-'\\)")

# ---- progress methods ---------------------------------------------------------------------
# progress.csv: output 100, 102.5, 105, 107.5, 110 亿元 in 2021..2025, target
# 120 亿元 or more in 2030.
# Open SDG: CAGR observed (110/100)^(1/4) - 1 = 0.02411; required
# (120/100)^(1/9) - 1 = 0.02046; R = 1.178 >= 0.95: substantial progress.
plancheck_test(progress.open_sdg
  ARGS "--progress|open-sdg|${PLANCHECK_TEST_DIR}/progress.csv"
  EXIT 0
  STDOUT "\\| 产值 +\\| substantial_progress +\\| 2021-2025 +\\| +110 \\| +120 \\(2030\\) \\| R = 1\\.178")
# ESCAP: the series is a straight line (2.5 a year), so any weighted
# regression has slope 2.5: 110 + 5 x 2.5 = 122.5 in 2030 >= 120: on track.
plancheck_test(progress.escap
  ARGS "--progress|escap|--format|json|--output|${PLANCHECK_OUT}/progress_escap.json|${PLANCHECK_TEST_DIR}/progress.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/progress_escap.json"
  JSON "progress/method=escap@@progress/as_of=2025@@progress/indicators#=1@@progress/indicators/0/category=on_track@@progress/indicators/0/target_year=2030@@progress/indicators/0/target_id=output.target.2030")
# German: no 2020 value, so the 4-year window 2021..2025: growth 0.02411 a
# year; 110 x 1.02411^5 = 123.9 in 2030, past 120: sunny.
plancheck_test(progress.german
  ARGS "--progress|german|--format|markdown|${PLANCHECK_TEST_DIR}/progress.csv"
  EXIT 0
  STDOUT "\\| 产值 \\| sunny \\| 2021-2025 \\| 110 \\| 120 \\(2030\\) \\| projected 123\\.9")

# HTML: the progress section is printed in its place, before the footer.
plancheck_test(progress.html
  ARGS "--progress|german|--format|html|${PLANCHECK_TEST_DIR}/progress.csv"
  EXIT 0
  STDOUT "<section id=\"progress\" class=\"progress\"><h2>进度评估 Progress \\(german\\)</h2>.*<td>产值</td><td>sunny</td>.*</section>\n<footer>")

# ---- --help: every option and both file formats ------------------------------------------------
plancheck_test(help
  ARGS "--help"
  EXIT 0
  STDOUT "--relations@@--as-of@@--format@@--output@@--audit, --no-audit@@--discover, --no-discover@@--max-input-size SIZE  @@--progress@@--among-top@@--band@@--binding-words@@--unassessable-ok@@  3  no binding target is missed, but one cannot be assessed@@FIGURES CSV@@RELATIONS CSV@@JSON:@@EXIT STATUS@@居前列@@动态清零@@亿元@@growth_levels@@completion"
  # CLI11's internals stay out of the help: a negated flag's default value,
  # the size validator's own list of suffixes.
  STDOUT_NOT "{false}@@{true}@@kb\\(=1024b\\)")
foreach(subcommand IN ITEMS relations links extract)
  plancheck_test(help.${subcommand}
    ARGS "${subcommand}|--help"
    EXIT 0
    STDOUT "plancheck ${subcommand}@@--output FILE@@--max-input-size SIZE  "
    STDOUT_NOT "{false}@@{true}@@kb\\(=1024b\\)")
endforeach()

# /dev/stdin is a path to a pipe or device, not a file: the message points to '-'.
plancheck_test(dev_stdin
  ARGS "/dev/stdin"
  STDIN_FILE "/dev/null"
  EXIT 2
  STDERR "/dev/stdin: cannot read a character device, only a regular file \\(to read standard input, give '-'\\)")

string(REPLACE "." "\\." plancheck_version_re "${PROJECT_VERSION}")
# ---- provenance: every report names the version, each input with its SHA-256, the options --
# The digests and sizes expected are CMake's own (file(SHA256), file(SIZE)), not plancheck's.
file(SHA256 "${PLANCHECK_SHAPINGBA}/figures.csv" shapingba_figures_sha256)
file(SIZE "${PLANCHECK_SHAPINGBA}/figures.csv" shapingba_figures_bytes)
file(SHA256 "${PLANCHECK_SHAPINGBA}/relations.csv" shapingba_relations_sha256)
plancheck_test(provenance.json
  ARGS "--format|json|--output|${PLANCHECK_OUT}/provenance.json|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/provenance.json"
  JSON "provenance/plantarget_version=${PROJECT_VERSION}@@provenance/inputs#=2@@provenance/inputs/0/role=figures@@provenance/inputs/0/sha256=${shapingba_figures_sha256}@@provenance/inputs/0/bytes=${shapingba_figures_bytes}@@provenance/inputs/1/role=relations@@provenance/inputs/1/sha256=${shapingba_relations_sha256}@@provenance/options/0=--format@@provenance/options#=5@@provenance/as_of_given=OFF")
# Standard input: the digest of the bytes read from it, the same as the file's.
plancheck_test(provenance.standard_input
  ARGS "--input-format|csv|--as-of|2025|--format|markdown|-"
  STDIN_FILE "${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "## 来源 Provenance@@- plantarget ${plancheck_version_re} · 评估时点 as of 2025: 指定 given \\(--as-of\\)@@- 输入 Input: - \\(figures, ${shapingba_figures_bytes} bytes\\) sha256 ${shapingba_figures_sha256}@@- 选项 Options: --input-format csv --as-of 2025 --format markdown -")
plancheck_test(provenance.table
  ARGS "${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  STDOUT "来源 Provenance\n@@as of 2025: 最新实际值 the latest actual@@sha256 ${shapingba_figures_sha256}")

# ---- --version: the project() version, through the generated version.hpp ------------------
plancheck_test(version
  ARGS "--version"
  EXIT 0
  STDOUT "^plancheck ${plancheck_version_re}\n$")

# ---- natures, directions and test modes (issue 12) ---------------------------------------
# pm25_half_year.csv: PM2.5 of 29.4 µg/m³ for January-June against a year
# ceiling of 30. The file states no nature: a concentration is an average (by
# its unit), judged on its level as it stands, not pro rata as a flow (before:
# behind schedule, expected 15.0, projected 58.8). On schedule, exit 0; the
# JSON says the nature was assumed from the unit and the test mode from 全年…控制在.
plancheck_test(natures.average_in_its_year
  ARGS "--as-of|2026-06|--format|json|--output|${PLANCHECK_OUT}/pm25_half_year.json|${PLANCHECK_TEST_DIR}/pm25_half_year.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/pm25_half_year.json"
  JSON "assessments/0/verdict=on_schedule@@assessments/0/expected_to_date_reason=not_applicable@@indicators/0/nature/value=average@@indicators/0/nature/assumed=ON@@indicators/0/nature/from=unit@@indicators/0/direction/value=lower_is_better@@indicators/0/direction/from=comparator@@indicators/0/price_basis/from=default@@assessments/0/target/test_mode/value=at_deadline@@assessments/0/target/test_mode/from=wording")

plancheck_test(natures.average_in_its_year_table
  ARGS "--as-of|2026-06|${PLANCHECK_TEST_DIR}/pm25_half_year.csv"
  EXIT 0
  STDOUT "\\| 符合进度 on schedule +\\| +1 +\\| +1 +\\|@@推定 Assumed natures@@average \\(from the unit: 微克/立方米\\)@@lower_is_better \\(from the comparator: 以内\\)@@nominal \\(by default\\)")

plancheck_test(natures.average_in_its_year_markdown
  ARGS "--as-of|2026-06|--format|markdown|${PLANCHECK_TEST_DIR}/pm25_half_year.csv"
  EXIT 0
  STDOUT "## 推定 Assumed natures@@average \\(from the unit: 微克/立方米\\)")

# The nature stated, direction and price basis assumed: the table says which.
plancheck_test(natures.stated_flow_table
  ARGS "--as-of|2026-06|${PLANCHECK_TEST_DIR}/pm25_stated_flow.csv"
  EXIT 1
  STDOUT "推定 Assumed natures@@flow \\(stated\\)")

# The same figures with the nature stated as flow: pro rata, behind schedule
# (29.4 against 15 expected by June), exit 1; the JSON says it was stated.
plancheck_test(natures.stated_flow
  ARGS "--as-of|2026-06|--format|json|--output|${PLANCHECK_OUT}/pm25_stated_flow.json|${PLANCHECK_TEST_DIR}/pm25_stated_flow.csv"
  EXIT 1
  JSON_FILE "${PLANCHECK_OUT}/pm25_stated_flow.json"
  JSON "assessments/0/verdict=behind_schedule@@assessments/0/expected_to_date=15.0@@indicators/0/nature/value=flow@@indicators/0/nature/assumed=OFF@@indicators/0/nature/from=stated@@assessments/0/target/test_mode/value=at_deadline@@assessments/0/target/test_mode/assumed=OFF")

# bad_traits.csv: an unknown nature (line 2, column 61) and a negative
# tolerance (line 3, column 55): two located errors, nothing evaluated.
plancheck_test(natures.bad_input
  ARGS "${PLANCHECK_TEST_DIR}/bad_traits.csv"
  EXIT 2
  STDERR "bad_traits\\.csv:2:61: unknown nature \\(expected flow, stock, rate, average\\): 'averge'@@bad_traits\\.csv:3:55: negative tolerance@@2 errors in the input; nothing evaluated"
  STDOUT_NOT ".")

# ---- books over years (books.hpp, docs/how-to/follow-a-plan-across-years.md) ----------
set(PLANCHECK_BOOKS "${PLANCHECK_TEST_DIR}/books")
# The Shapingba book's 2026 targets met by a book of 2026 actuals (made-up
# values for the test: jobs 3.4 against at least 3.5, the unemployment rate
# at its 5.5 ceiling, 4000 trains against 3800, bonded trade above 120 亿元
# but growing 42.7 % against at least 50 %), which also revises a 2025 figure.
# Exit 3: the binding targets the made-up book has no actual for.
plancheck_test(books.shapingba_2026
  ARGS "--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv|${PROJECT_SOURCE_DIR}/examples/over-years/shapingba_2026_made_up.csv"
  EXIT 3
  STDOUT "历年 Books over years@@修订 Revisions@@intl_freight_trains +\\| 2025 +\\| +4160 列@@新增城镇就业 +\\| 未完成 +\\| +1 \\|@@调查失业率 +\\| 完成@@保税进出口额 +\\| 未完成@@国际班列开行量 +\\| 超额完成@@零就业家庭 +\\| 完成")
plancheck_test(books.shapingba_2026_json
  ARGS "--format|json|--output|${PLANCHECK_OUT}/books.json|--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv|${PROJECT_SOURCE_DIR}/examples/over-years/shapingba_2026_made_up.csv|--published|shapingba_2026_made_up.csv=2027-01-20"
  EXIT 3
  JSON_FILE "${PLANCHECK_OUT}/books.json"
  JSON "over_years/books#=2@@over_years/books/1/published=2027-01-20@@over_years/books/1/published_from=given@@over_years/revisions#=1@@over_years/revisions/0/used/value=4160@@over_years/revisions/0/earlier/value=4156")
# One book: no section over years.
plancheck_test(books.one_book_has_none
  ARGS "--format|json|--output|${PLANCHECK_OUT}/one_book.json|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 0
  JSON_FILE "${PLANCHECK_OUT}/one_book.json"
  JSON "over_years=")
# Linked by name and unit kind; listed for review; plancheck links writes it.
plancheck_test(books.linked_by_name
  ARGS "${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 0
  STDOUT "关联待核 Links to review@@居民消费价格 +\\| cpi +\\| 名称和单位类别相同")
plancheck_test(books.links_command
  ARGS "links|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 0
  STDOUT "^indicator,linked_to,book,basis,note\n居民消费价格,cpi,name_b.csv,same_name,")
plancheck_test(books.links_table
  ARGS "--links|${PLANCHECK_BOOKS}/links_ok.csv|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 0
  STDOUT "城镇新增就业 +\\| jobs +\\| 对照表 link table")
# Bad input: a located error, nothing evaluated (exit 2).
plancheck_test(books.unit_kinds_differ
  ARGS "${PLANCHECK_BOOKS}/kind_a.csv|${PLANCHECK_BOOKS}/kind_b.csv"
  EXIT 2
  STDERR "kind_b.csv:2:1: indicator jobs is in 户 \\(households\\) here but in 万人 \\(persons\\) at [^ ]*kind_a.csv:2@@nothing evaluated")
plancheck_test(books.links_unknown_indicator
  ARGS "--links|${PLANCHECK_BOOKS}/links_unknown.csv|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 2
  STDERR "links_unknown.csv:2:1: the link table names an indicator that no book has: '失业率'")
plancheck_test(books.links_cycle
  ARGS "--links|${PLANCHECK_BOOKS}/links_cycle.csv|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 2
  STDERR "links form a cycle")
plancheck_test(books.links_duplicate
  ARGS "--links|${PLANCHECK_BOOKS}/links_duplicate.csv|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 2
  STDERR "links_duplicate.csv:3:1: duplicate link for the indicator \\(first at [^ ]*links_duplicate.csv:2\\)")
plancheck_test(books.published_not_a_date
  ARGS "--published|name_a.csv=2026-13-01|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 2
  STDERR "--published: not a date")
plancheck_test(books.published_not_an_input
  ARGS "--published|other.csv=2026|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 2
  STDERR "'other.csv' is not one of the input files")

# ---- what every command shares (command_line.hpp) ---------------------------------------
# --max-input-size 0 is a usage error in every command, as in plancheck itself
# (max_input_size_zero). Before, relations, links and extract took it as a
# limit and refused the file as too large.
plancheck_test(relations.max_input_size_zero
  ARGS "relations|--max-input-size|0|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 2
  STDERR "--max-input-size: must be more than 0 bytes")
plancheck_test(links.max_input_size_zero
  ARGS "links|--max-input-size|0|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 2
  STDERR "--max-input-size: must be more than 0 bytes")
# Standard input ('-') is a book of 'plancheck links' as in plancheck itself, in the
# format --input-format gives, and --max-input-size holds for it as for the
# files: name_a.csv (197 bytes) is read, name_b.csv (207) on standard input is
# refused at 200. Before, links took no --input-format and read no '-'.
plancheck_test(links.stdin
  ARGS "links|--input-format|csv|${PLANCHECK_BOOKS}/name_a.csv|-"
  STDIN_FILE "${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 0
  STDOUT "^indicator,linked_to,book,basis,note\n居民消费价格,cpi,<stdin>,same_name,")
plancheck_test(links.stdin_max_input_size_exceeded
  ARGS "links|--input-format|csv|--max-input-size|200|${PLANCHECK_BOOKS}/name_a.csv|-"
  STDIN_FILE "${PLANCHECK_BOOKS}/name_b.csv"
  EXIT 2
  STDERR "^<stdin>: file is larger than the input size limit of 200 bytes\n")
plancheck_test(extract.max_input_size_zero
  ARGS "extract|--max-input-size|0|${PLANCHECK_SHAPINGBA}/report.txt"
  EXIT 2
  STDERR "--max-input-size: must be more than 0 bytes")
# An empty --output is a usage error in every command (output_empty).
plancheck_test(relations.output_empty
  ARGS "relations|--output|@EMPTY@|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 2
  STDERR "--output: must not be empty")

# --output FILE holds the bytes standard output would, in every command.
function(plancheck_same_output name args)
  add_test(NAME "plancheck.${name}"
           COMMAND "${CMAKE_COMMAND}" "-DPLANCHECK=$<TARGET_FILE:plancheck>" "-DARGS=${args}"
                   "-DOUT_DIR=${PLANCHECK_OUT}" "-DNAME=${name}"
                   -P "${PLANCHECK_TEST_DIR}/same_output.cmake")
  set_tests_properties("plancheck.${name}" PROPERTIES LABELS plancheck TIMEOUT 120)
endfunction()
plancheck_same_output(check.output_same_as_stdout
  "--relations|${PLANCHECK_SHAPINGBA}/relations.csv|${PLANCHECK_SHAPINGBA}/figures.csv")
plancheck_same_output(check.output_same_as_stdout_missed "--format|json|${PLANCHECK_TEST_DIR}/binding_missed.csv")
plancheck_same_output(relations.output_same_as_stdout "relations|${PLANCHECK_SHAPINGBA}/figures.csv")
plancheck_same_output(links.output_same_as_stdout "links|${PLANCHECK_BOOKS}/name_a.csv|${PLANCHECK_BOOKS}/name_b.csv")
plancheck_same_output(extract.output_same_as_stdout "extract|${PLANCHECK_SHAPINGBA}/report.txt")
plancheck_same_output(extract.output_same_as_stdout_json "extract|--format|json|${PLANCHECK_SHAPINGBA}/report.txt")

# ---- colour and width (terminal.py: on a pseudo-terminal and piped) ------------------
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  foreach(check always never_on_terminal auto_on_terminal no_color_on_terminal auto_piped width terminal_width)
    add_test(NAME "plancheck.terminal.${check}"
             COMMAND Python3::Interpreter "${PLANCHECK_TEST_DIR}/terminal.py" "${check}" "$<TARGET_FILE:plancheck>"
                     "${PLANCHECK_SHAPINGBA}/figures.csv" "${PLANCHECK_SHAPINGBA}/relations.csv")
    set_tests_properties("plancheck.terminal.${check}" PROPERTIES LABELS plancheck TIMEOUT 120)
  endforeach()
endif()

# --color takes three values; --width below 40 cannot fit a table: both exit 2.
plancheck_test(color.bogus
  ARGS "--color=bogus|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 2
  STDERR "--color: bogus not in \\{auto,always,never\\}")
plancheck_test(width.too_small
  ARGS "--width|10|${PLANCHECK_SHAPINGBA}/figures.csv"
  EXIT 2
  STDERR "--width: must be a whole number 40 or more, got 10")
