# Generates, at configure time, the sandbox broker's test PKI with the openssl tool:
#   sandbox-ca.pem          the test CA a sandbox profile trusts (and nothing else does)
#   sandbox-server.{pem,key} a server certificate for localhost / 127.0.0.1 / ::1 signed by it
#   untrusted-ca.pem, untrusted-server.{pem,key}  a second chain, trusted by nobody, for the
#                           certificate-error tests
#   sandbox-{wronghost,expired,weakkey,sha1,nosan,clientpurpose}.{pem,key}  leaves the sandbox CA
#                           signed that must still be refused: for another host, out of date, a
#                           1024-bit RSA key, a SHA-1 signature, no subjectAltName (a CN alone),
#                           for client authentication only
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
    # The server's names: loopback, and the third parties' cross-site names of the UI tests
    # (Chromium maps them to loopback). A build directory made with other names gets new files.
    set(ext "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n${_good_san}")
    if(EXISTS ${INAPPKIT_CERT_DIR}/${prefix}-server.pem AND EXISTS ${INAPPKIT_CERT_DIR}/${prefix}-server.ext)
        file(READ ${INAPPKIT_CERT_DIR}/${prefix}-server.ext old_ext)
        if(old_ext STREQUAL ext)
            return()
        endif()
    endif()
    # A new CA: the leaves it signed before go too (_inappkit_make_leaf makes them again).
    file(GLOB old_files ${INAPPKIT_CERT_DIR}/${prefix}-*)
    if(old_files)
        file(REMOVE ${old_files})
    endif()
    _inappkit_openssl(req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes
        -keyout ${prefix}-ca.key -out ${prefix}-ca.pem -days 3650 -subj "/CN=${ca_name}"
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign")
    _inappkit_openssl(req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes
        -keyout ${prefix}-server.key -out ${prefix}-server.csr -subj "/CN=localhost")
    file(WRITE ${INAPPKIT_CERT_DIR}/${prefix}-server.ext "${ext}")
    _inappkit_openssl(x509 -req -in ${prefix}-server.csr -CA ${prefix}-ca.pem -CAkey ${prefix}-ca.key
        -CAcreateserial -out ${prefix}-server.pem -days 825 -extfile ${prefix}-server.ext)
endfunction()

# A leaf signed by the sandbox CA for localhost / 127.0.0.1 / ::1, one thing wrong with it:
#   EXT  the extension lines (its subjectAltName and purpose), DAYS its lifetime, or EXPIRED for a
#   certificate whose validity ended long ago, KEY  the openssl -newkey argument, DIGEST the
#   signature's digest.
function(_inappkit_make_leaf name ext days key digest)
    if(EXISTS ${INAPPKIT_CERT_DIR}/sandbox-${name}.pem)
        return()
    endif()
    if(key STREQUAL "ec")
        set(key_args -newkey ec -pkeyopt ec_paramgen_curve:prime256v1)
    else()
        set(key_args -newkey ${key})
    endif()
    _inappkit_openssl(req ${key_args} -nodes -keyout sandbox-${name}.key -out sandbox-${name}.csr -subj "/CN=localhost")
    file(WRITE ${INAPPKIT_CERT_DIR}/sandbox-${name}.ext "basicConstraints=CA:FALSE\n${ext}")
    if(days STREQUAL "EXPIRED")
        # Explicit dates through `openssl ca`: OpenSSL 3.5 refuses `x509 -days -1` (an end before the
        # start), and `x509 -not_after` only exists from 3.4 on; `ca -startdate/-enddate` is in both.
        file(WRITE ${INAPPKIT_CERT_DIR}/expired-ca.cnf
            "[ca]\ndefault_ca=expired\n[expired]\ndatabase=expired-index.txt\nserial=expired-serial\nnew_certs_dir=.\n"
            "policy=anything\nunique_subject=no\n[anything]\ncommonName=supplied\n")
        file(WRITE ${INAPPKIT_CERT_DIR}/expired-index.txt "")
        file(WRITE ${INAPPKIT_CERT_DIR}/expired-serial "1000\n")
        _inappkit_openssl(ca -batch -notext -config expired-ca.cnf -cert sandbox-ca.pem -keyfile sandbox-ca.key
            -md ${digest} -startdate 20200101000000Z -enddate 20200201000000Z
            -in sandbox-${name}.csr -out sandbox-${name}.pem -extfile sandbox-${name}.ext)
    else()
        _inappkit_openssl(x509 -req -in sandbox-${name}.csr -CA sandbox-ca.pem -CAkey sandbox-ca.key -${digest}
            -CAcreateserial -out sandbox-${name}.pem -days ${days} -extfile sandbox-${name}.ext)
    endif()
endfunction()

set(_good_san "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1,DNS:psp.test,DNS:acs.bank.test,DNS:vendor.test,DNS:crm.broker.test\n")
set(_server "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n")
_inappkit_make_chain(sandbox "InAppKit Sandbox Test CA")
_inappkit_make_chain(untrusted "InAppKit Untrusted Test CA")
_inappkit_make_leaf(wronghost "${_server}subjectAltName=DNS:wrong.example\n" 825 ec sha256)
_inappkit_make_leaf(expired "${_server}${_good_san}" EXPIRED ec sha256)
_inappkit_make_leaf(weakkey "${_server}${_good_san}" 825 rsa:1024 sha256)
_inappkit_make_leaf(sha1 "${_server}${_good_san}" 825 ec sha1)
_inappkit_make_leaf(nosan "${_server}" 825 ec sha256)
_inappkit_make_leaf(clientpurpose "keyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n${_good_san}" 825 ec sha256)
