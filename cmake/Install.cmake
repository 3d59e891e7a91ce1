# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` and `cpack -G DEB`: the program in bin/, what it reads in
# share/emergence-explorer/ (found relative to the binary, core/platform/DataPaths.h), and what
# a desktop needs: a desktop entry, AppStream metainfo, icons, a manual page.
include(GNUInstallDirs)

set(EE_APP_ID "org.emergenceexplorer.EmergenceExplorer")
# Where the project lives on the web: the metainfo's homepage and screenshot addresses. Set it
# when publishing; the default is a reserved example address, not a real site.
set(EE_PROJECT_URL "https://example.org/emergence-explorer" CACHE STRING
    "The project's web address (AppStream homepage; screenshots under <url>/raw/main/docs/screenshots)")

set(ee_share "${CMAKE_INSTALL_DATADIR}/emergence-explorer")
install(TARGETS emergence RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/datasets/ DESTINATION ${ee_share}/datasets)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/rubrics/ DESTINATION ${ee_share}/rubrics)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/figures/ DESTINATION ${ee_share}/figures)

set(ee_linux ${PROJECT_SOURCE_DIR}/resources/linux)
install(FILES ${ee_linux}/${EE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${ee_linux}/${EE_APP_ID}.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/${EE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${EE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ee_linux}/icons/emergence-explorer.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${EE_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${ee_linux}/icons/emergence-explorer-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${EE_APP_ID}.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/man/emergence.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/datasets/SOURCES.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/emergence-explorer)

# --- Debian package ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "emergence-explorer")
set(CPACK_PACKAGE_VENDOR "The Emergence Explorer developers")
set(CPACK_PACKAGE_CONTACT "The Emergence Explorer developers <emergence-explorer@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore how language-model abilities change with scale")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Emergence Explorer loads real scaling results of language models (BIG-bench,\n"
    "lm-evaluation-harness, CSV tables, per-example outputs), computes exact match, BLEU,\n"
    "ROUGE and log-likelihood itself, measures linearity and breakthroughness, and plots\n"
    "scaling curves on screen, in a guided tour and as publication figures. The same\n"
    "binary runs headless as a command line (emergence --help).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${EE_PROJECT_URL}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
# Run-time libraries from the binary itself (dpkg-shlibdeps: libqt6core6, libqt6gui6,
# libqt6widgets6, libqt6charts6, libqt6svg6, libqt6concurrent6, libsimdjson14, ...), never a
# -dev package; plus what no ELF dependency names: the fonts of figures and of the interface,
# DejaVu for Latin and WenQuanYi Micro Hei for the Chinese translation. (The xcb and offscreen
# platform plugins and the SVG plugins come with libqt6gui6 and libqt6svg6.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-wqy-microhei")
# Qt's own texts (OK, Cancel, file dialogs) in the Chinese interface; without it they stay
# English and nothing else changes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_GENERATOR "DEB")
include(CPack)
