# Generates, at configure time, the sandbox broker's test PKI with the openssl tool:
#   sandbox-ca.pem          the test CA a sandbox profile trusts (and nothing else does)
#   sandbox-server.{pem,key} a server certificate for localhost / 127.0.0.1 / ::1 signed by it
#   untrusted-ca.pem, untrusted-server.{pem,key}  a second chain, trusted by nobody, for the
#                           certificate-error tests
#   sandbox-wronghost.{pem,key}, sandbox-expired.{pem,key}  leaves the sandbox CA signed that must
#                           still be refused: for another host, and out of date
# The keys are test keys for loopback only; they are generated, never committed.
find_program(OPENSSL_EXECUTABLE openssl REQUIRED)

set(INAPPKIT_CERT_DIR ${CMAKE_BINARY_DIR}/certs)
file(MAKE_DIRECTORY ${INAPPKIT_CERT_DIR})

function(_inappkit_openssl)
    execute_process(COMMAND ${OPENSSL_EXECUTABLE} ${ARGN}
        WORKING_DIRECTORY ${INAPPKIT_CERT_DIR}
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "openssl ${ARGN} failed: ${err}")
    endif()
endfunction()

function(_inappkit_make_chain prefix ca_name)
    if(EXISTS ${INAPPKIT_CERT_DIR}/${prefix}-server.pem)
        return()
    endif()
    _inappkit_openssl(req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes
        -keyout ${prefix}-ca.key -out ${prefix}-ca.pem -days 3650 -subj "/CN=${ca_name}"
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign")
    _inappkit_openssl(req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes
        -keyout ${prefix}-server.key -out ${prefix}-server.csr -subj "/CN=localhost")
    file(WRITE ${INAPPKIT_CERT_DIR}/${prefix}-server.ext
        "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n")
    _inappkit_openssl(x509 -req -in ${prefix}-server.csr -CA ${prefix}-ca.pem -CAkey ${prefix}-ca.key
        -CAcreateserial -out ${prefix}-server.pem -days 825 -extfile ${prefix}-server.ext)
endfunction()

# A leaf signed by the sandbox CA with its own subjectAltName and lifetime (negative: expired).
function(_inappkit_make_leaf name san days)
    if(EXISTS ${INAPPKIT_CERT_DIR}/sandbox-${name}.pem)
        return()
    endif()
    _inappkit_openssl(req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes
        -keyout sandbox-${name}.key -out sandbox-${name}.csr -subj "/CN=localhost")
    file(WRITE ${INAPPKIT_CERT_DIR}/sandbox-${name}.ext
        "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=${san}\n")
    _inappkit_openssl(x509 -req -in sandbox-${name}.csr -CA sandbox-ca.pem -CAkey sandbox-ca.key
        -CAcreateserial -out sandbox-${name}.pem -days ${days} -extfile sandbox-${name}.ext)
endfunction()

_inappkit_make_chain(sandbox "InAppKit Sandbox Test CA")
_inappkit_make_chain(untrusted "InAppKit Untrusted Test CA")
_inappkit_make_leaf(wronghost "DNS:wrong.example" 825)
_inappkit_make_leaf(expired "DNS:localhost,IP:127.0.0.1,IP:::1" -1)
