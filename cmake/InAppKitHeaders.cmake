# Public headers as a host includes them, and only so: <InAppKit/brokerprofile.h> or the CamelCase
# <InAppKit/BrokerProfile>, as KDE Frameworks install theirs. In the build tree forwarding headers
# under ${INAPPKIT_INCLUDE_DIR}/InAppKit point at the sources; the install puts the headers and the
# CamelCase forwarders in include/InAppKit, and only include/ on a host's include path.
set(INAPPKIT_INCLUDE_DIR ${PROJECT_BINARY_DIR}/include)

# inappkit_public_headers(<target> <ClassName>...): each class's header is <classname>.h beside
# the CMakeLists.txt that calls this.
function(inappkit_public_headers target)
    foreach(name IN LISTS ARGN)
        string(TOLOWER ${name} lower)
        set(header ${CMAKE_CURRENT_SOURCE_DIR}/${lower}.h)
        if(NOT EXISTS ${header})
            message(FATAL_ERROR "inappkit_public_headers: ${name} has no header ${header}")
        endif()
        file(CONFIGURE OUTPUT ${INAPPKIT_INCLUDE_DIR}/InAppKit/${lower}.h CONTENT "#include \"${header}\"\n")
        file(CONFIGURE OUTPUT ${INAPPKIT_INCLUDE_DIR}/InAppKit/${name} CONTENT "#include \"${lower}.h\"\n")
        install(FILES ${header} ${INAPPKIT_INCLUDE_DIR}/InAppKit/${name}
                DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/InAppKit)
    endforeach()
    target_include_directories(${target} PUBLIC
        $<BUILD_INTERFACE:${INAPPKIT_INCLUDE_DIR}>
        $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
endfunction()

# The library's generated export header, in <InAppKit/...> with the others.
function(inappkit_export_header target)
    string(TOLOWER ${target} lower)
    generate_export_header(${target} BASE_NAME ${target}
        EXPORT_FILE_NAME ${INAPPKIT_INCLUDE_DIR}/InAppKit/${lower}_export.h)
    install(FILES ${INAPPKIT_INCLUDE_DIR}/InAppKit/${lower}_export.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/InAppKit)
endfunction()
