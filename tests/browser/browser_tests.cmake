# The HTML report in a real browser: plancheck renders the Shapingba data as
# HTML, headless Chromium loads the page, and the DOM it builds must have the
# page's title, its summary and one bullet chart per target; and two books
# over years, whose page also has the history section with its small
# multiples; and the Shapingba page's Chinese drawn with real glyphs, not
# boxes, checked again with the CJK fonts hidden, where it must see boxes.
# The report's parts (results, section titles, first screen) are checked one
# test each. Skipped (exit 77) where Chromium is not installed. Included from tests/CMakeLists.txt; a
# no-op when plancheck is not built.
if(NOT TARGET plancheck)
  return()
endif()

cmake_path(SET PLANTARGET_BROWSER_SHAPINGBA NORMALIZE "${CMAKE_CURRENT_LIST_DIR}/../../examples/shapingba/data")

# 78 bullet charts: figures.csv has 79 target rows on 78 (indicator, period)
# pairs; the two 2026 figures of bonded_import_export (超120亿元 and growth
# 50%以上) make one compound target, so one assessment and one chart.
add_test(NAME browser.shapingba_html
         COMMAND sh "${CMAKE_CURRENT_LIST_DIR}/plancheck_html.sh" "$<TARGET_FILE:plancheck>"
                 "${CMAKE_CURRENT_BINARY_DIR}/browser/shapingba.html" 78
                 --relations "${PLANTARGET_BROWSER_SHAPINGBA}/relations.csv"
                 "${PLANTARGET_BROWSER_SHAPINGBA}/figures.csv")
set_tests_properties(browser.shapingba_html PROPERTIES SKIP_RETURN_CODE 77 LABELS browser TIMEOUT 180)

# Books over years (books/2024.csv, then books/2025.csv): five targets, so five
# bullet charts; gdp (2024, 2025) and jobs (2023, 2024) have targets in two
# periods, so two small multiples; unemp has one period and none.
add_test(NAME browser.books_over_years_html
         COMMAND ${CMAKE_COMMAND} -E env EXPECTED_MULTIPLES=2
                 sh "${CMAKE_CURRENT_LIST_DIR}/plancheck_html.sh" "$<TARGET_FILE:plancheck>"
                 "${CMAKE_CURRENT_BINARY_DIR}/browser/books_over_years.html" 5
                 "${CMAKE_CURRENT_LIST_DIR}/books/2024.csv" "${CMAKE_CURRENT_LIST_DIR}/books/2025.csv")
set_tests_properties(browser.books_over_years_html PROPERTIES SKIP_RETURN_CODE 77 LABELS browser TIMEOUT 180)

# Chinese that renders: the Shapingba title and up to 40 distinct Chinese
# characters of the page must not be drawn as .notdef boxes (the setup's
# --test installs fonts-wqy-microhei). The second case hides every font with
# Chinese glyphs from Chromium and passes only when the same check sees the
# boxes, so the first cannot pass vacuously.
add_test(NAME browser.shapingba_cjk_glyphs
         COMMAND ${CMAKE_COMMAND} -E env GLYPH_CHECK=--
                 sh "${CMAKE_CURRENT_LIST_DIR}/plancheck_html.sh" "$<TARGET_FILE:plancheck>"
                 "${CMAKE_CURRENT_BINARY_DIR}/browser/shapingba_glyphs.html" 78
                 --relations "${PLANTARGET_BROWSER_SHAPINGBA}/relations.csv"
                 "${PLANTARGET_BROWSER_SHAPINGBA}/figures.csv")
add_test(NAME browser.shapingba_cjk_fallback_detected
         COMMAND ${CMAKE_COMMAND} -E env "GLYPH_CHECK=--hide-cjk-fonts --expect-boxes"
                 sh "${CMAKE_CURRENT_LIST_DIR}/plancheck_html.sh" "$<TARGET_FILE:plancheck>"
                 "${CMAKE_CURRENT_BINARY_DIR}/browser/shapingba_no_cjk_font.html" 78
                 --relations "${PLANTARGET_BROWSER_SHAPINGBA}/relations.csv"
                 "${PLANTARGET_BROWSER_SHAPINGBA}/figures.csv")
set_tests_properties(browser.shapingba_cjk_glyphs browser.shapingba_cjk_fallback_detected
                     PROPERTIES SKIP_RETURN_CODE 77 LABELS browser TIMEOUT 180)

# The parts of the report a reader wants (issue 19), each checked in the DOM
# Chromium builds from the Shapingba page against the figures file and the
# JSON report of the same run (check_report_parts.py): the 2025 results in
# their sections, the sections' titles from the section_title column, and
# the first screen of what stands out.
foreach(part results titles first-screen)
  add_test(NAME browser.shapingba_${part}
           COMMAND sh "${CMAKE_CURRENT_LIST_DIR}/report_parts.sh" "$<TARGET_FILE:plancheck>" ${part}
                   "${CMAKE_CURRENT_BINARY_DIR}/browser/parts"
                   "${PLANTARGET_BROWSER_SHAPINGBA}/figures.csv"
                   --relations "${PLANTARGET_BROWSER_SHAPINGBA}/relations.csv")
  set_tests_properties(browser.shapingba_${part} PROPERTIES SKIP_RETURN_CODE 77 LABELS browser TIMEOUT 180)
endforeach()
