# Helpers shared by the project's CMake files.

# add_unit_test(NAME tst_foo SOURCES tst_foo.cpp [LIBS ...] [GUI])
# One QtTest executable registered with CTest. GUI tests run on the offscreen platform.
function(add_unit_test)
    cmake_parse_arguments(ARG "GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE tayori_config Qt6::Test ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env "TAYORI_SOURCE_DIR=${CMAKE_SOURCE_DIR}" "TAYORI_BINARY_DIR=${CMAKE_BINARY_DIR}"
            "TAYORI_CLI=$<TARGET_FILE:tayori-cli>" "LC_ALL=C.UTF-8")
    if(ARG_GUI)
        # QtWebEngine's sandbox cannot start as root (CI containers); the pages we load are our own.
        list(APPEND env "QT_QPA_PLATFORM=offscreen" "QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox" "QTWEBENGINE_DISABLE_SANDBOX=1")
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300 LABELS "${ARG_LABELS}")
endfunction()
