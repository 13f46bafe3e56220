# Desktop integration and the Debian package: `cpack -G DEB` in a build folder writes
# studyguide_<version>-<release>_<arch>.deb. Included once, at the end of the top CMakeLists.txt,
# so that every install() rule of the app is known to CPack.

set(STUDYGUIDE_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(STUDYGUIDE_DOC_DIR "share/doc/studyguide")

install(FILES "${STUDYGUIDE_PACKAGING_DIR}/${STUDYGUIDE_APP_ID}.desktop" DESTINATION share/applications)
install(FILES "${STUDYGUIDE_PACKAGING_DIR}/${STUDYGUIDE_APP_ID}.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/${STUDYGUIDE_APP_ID}.svg"
        DESTINATION share/icons/hicolor/scalable/apps)
install(FILES "${STUDYGUIDE_PACKAGING_DIR}/copyright" DESTINATION ${STUDYGUIDE_DOC_DIR})

# Debian wants the man page and the changelog compressed at maximum level and without a
# timestamp in the gzip header (-n), so that the package is reproducible.
find_program(STUDYGUIDE_GZIP gzip REQUIRED)
set(studyguide_gzipped "")
foreach(pair IN ITEMS "studyguide.1|studyguide.1.gz|share/man/man1"
                      "changelog.Debian|changelog.Debian.gz|${STUDYGUIDE_DOC_DIR}")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 source)
    list(GET pair 1 output)
    list(GET pair 2 destination)
    set(output "${CMAKE_CURRENT_BINARY_DIR}/packaging/${output}")
    add_custom_command(OUTPUT "${output}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/packaging"
        COMMAND "${STUDYGUIDE_GZIP}" -9 -n -c "${STUDYGUIDE_PACKAGING_DIR}/${source}" > "${output}"
        DEPENDS "${STUDYGUIDE_PACKAGING_DIR}/${source}"
        COMMENT "Compressing ${source}"
        VERBATIM)
    install(FILES "${output}" DESTINATION ${destination})
    list(APPEND studyguide_gzipped "${output}")
endforeach()
add_custom_target(studyguide_packaging_files ALL DEPENDS ${studyguide_gzipped})

# CPack: one Debian package holding the app and everything installed above.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "studyguide")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Study Guide developers")
set(CPACK_PACKAGE_CONTACT "The Study Guide developers <studyguide@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES TRUE)
# Directories as Debian expects them whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "study a guide of Markdown files with question cards")
# The first line is the synopsis above; a line holding only "." separates paragraphs.
set(CPACK_PACKAGE_DESCRIPTION
"Study Guide opens a guide, a folder of Markdown files, as a tree of topics
beside a reader. You read a topic, test yourself with its question cards and
grade your answers; the FSRS spaced-repetition scheduler then decides when
each card comes back. Progress rolls up to every chapter of the tree, and
topics and cards can be bookmarked and annotated.
.
A complete Python interview guide is included. Any other folder of Markdown
notes opens as a guide too, and a guide can be checked from the command line.
Progress is kept in a local SQLite database; cards can be exported for Anki.")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see because it is loaded at run time: Qt's SQLite driver and
# platform plugins, and source-highlight's language definitions.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libsource-highlight-common")
# And the SVG icon engine that draws every icon: in libqt6svg6 on Debian 12, in qt6-svg-plugins
# from Debian 13 on. Ask dpkg which package holds it here.
execute_process(COMMAND dpkg-query -S "*/qt6/plugins/iconengines/libqsvgicon.so"
                OUTPUT_VARIABLE studyguide_svg_owner ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX MATCH "^[a-z0-9][a-z0-9+.-]*" studyguide_svg_package "${studyguide_svg_owner}")
if(studyguide_svg_package)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", ${studyguide_svg_package}")
endif()
# Qt's own strings (standard buttons, file dialogs) in the user's language.
# Headings and notes written for GitHub use emoji; without a colour emoji font they show as boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
